# expect: jit
# reversing the low 16 bits of each integer, and gray codes
def rev16(x):
    r = 0
    for k in range(16):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r

def run(n):
    s = 0
    g = 0
    for i in range(n):
        s += rev16(i)
        g += (i ^ (i >> 1)) % 7
    return s, g

print(run(3000))
print(rev16(1), rev16(0x1234), rev16(65535))
