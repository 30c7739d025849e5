# expect: jit
# int and float operands mixed in + - * / in a hot loop
def run(n):
    s = 0.0
    t = 0
    u = 0.0
    for i in range(n):
        s += i * 0.5
        t += i
        u += t / 7
        s -= i / 3
        u = u - i * 1.25 + 2
    return s, t, u

s, t, u = run(12000)
print(s, t, u)
print(run(10))
print(1 / 3 + 1, 2 * 0.1, 7 - 0.5, 10 / 4, 10 / 5, -7 / 2)
