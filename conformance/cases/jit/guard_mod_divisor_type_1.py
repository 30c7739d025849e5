# expect: jit
# the divisor of // and % becomes a float at iteration 6000
def run(n):
    d = 7
    s = 0
    t = 0
    for i in range(n):
        if i == 6000:
            d = 7.0
        s += i // d
        t += i % d
    return s, t

print(run(12000))
print(run(6001))
