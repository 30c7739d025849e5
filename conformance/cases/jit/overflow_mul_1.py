# expect: jit
# i * K crosses 2**63 at i == 8192 and the products stay big
def run(k, n):
    s = 0
    big = 0
    c1 = 0
    c2 = 0
    for i in range(n):
        y = i * k
        if y > 9223372036854775807:
            big += 1
        s += y % 1000003
        if i == 8191:
            c1 = y
        if i == 8192:
            c2 = y
    return s, big, c1, c2

print(run(1125899906842624, 12000))
print(run(-1125899906842624, 12000))
print(run(1125899906842623, 12000))
print(run(3, 12000))
