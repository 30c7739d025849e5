# expect: jit
# native int math stores odd values above 2**53 (not exact as doubles) into an int list
def run(n):
    a = [1, 2, 3]
    out = 0
    for i in range(n):
        j = i % 3
        a[j] = (a[j] * 7 + 3) % 1000000007 * 10000019
        out ^= a[j]
    return a, out

a, out = run(6000)
print(a, out)
print([x % 1000 for x in a], [x > 2 ** 53 for x in a])
print(run(6001)[1])
