# expect: jit
# Python's floor division and modulo on negative operands (not C's truncation)
def run(n):
    s = 0
    t = 0
    for i in range(n):
        a = i - n // 2
        b = i % 9 - 4
        if b == 0:
            b = 5
        s += a // b
        t += a % b
    return s, t

print(run(20000))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, -1 // 3, -1 % 3)
