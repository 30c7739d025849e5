# expect: jit
# a default-argument list called both with the default and with an explicit list
def fill(n, out=[0] * 3):
    for i in range(n):
        out[i % 3] = out[i % 3] + i
    return out

a = fill(6000)
b = fill(6000, [1, 1, 1])
c = fill(6000)
print(a, b, c)
print(a is c, a is fill.__defaults__[0])
