# expect: jit
# a 64-bit xorshift: unmasked << produces big ints that are then masked back
def run(seed, n):
    x = seed
    mask = 18446744073709551615
    s = 0
    for i in range(n):
        x ^= (x << 13) & mask
        x ^= x >> 7
        x ^= (x << 17) & mask
        s ^= x >> 32
    return x, s

print(run(88172645463325252, 12000))
print(run(1, 12000))
