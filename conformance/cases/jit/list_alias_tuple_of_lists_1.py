# expect: jit
# a tuple holding two lists (one twice) written through t[k][i] in a hot loop
def run(n):
    a = [0] * 3
    b = [0.0] * 3
    t = (a, b, a)
    for i in range(n):
        t[i % 3][i % 3] += 1
    return a, b, t[2] is a

print(run(6000))
print(run(6001))
