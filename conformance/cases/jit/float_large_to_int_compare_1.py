# expect: jit
# floats that are integers above 2**63 compared with int locals
def run(n):
    f = 9.223372036854775808e18
    a = 0
    b = 0
    c = 0
    for i in range(n):
        k = 9223372036854775807 - 5000 + i
        if k < f:
            a += 1
        if k == f:
            b += 1
        if k >= f:
            c += 1
    return a, b, c

print(run(12000))
print(float(2 ** 63) == 2 ** 63, float(2 ** 63 - 1) == 2 ** 63 - 1, 2 ** 64 == 1.8446744073709552e19)
