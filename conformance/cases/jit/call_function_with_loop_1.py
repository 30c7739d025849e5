# expect: jit
# a helper that has its own loop, called in a hot loop
def digits(k):
    c = 0
    while k > 0:
        k //= 10
        c += 1
    return c

def run(n):
    s = 0
    for i in range(n):
        s += digits(i * 37)
    return s

print(run(12000))
print(digits(2 ** 64), digits(0))
