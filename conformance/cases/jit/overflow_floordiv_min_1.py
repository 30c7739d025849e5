# expect: jit
# INT64_MIN // -1 and INT64_MIN % -1 inside a hot loop
def run(n):
    a = -9223372036854775807 - 1
    pos = 0
    rsum = 0
    qlow = 0
    for i in range(n):
        if i % 3 == 0:
            d = -1
        elif i % 3 == 1:
            d = 1
        else:
            d = -2
        q = a // d
        r = a % d
        if q > 0:
            pos += 1
        rsum += r
        qlow += (q + i) & 1023
    return pos, rsum, qlow

print(run(12000))
a = -9223372036854775807 - 1
print(a // -1, a % -1, a // 1, a % 1, a // -2, a % -2, a // 3, a % 3, a // -3, a % -3)
