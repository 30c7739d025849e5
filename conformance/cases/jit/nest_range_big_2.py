# expect: jit
# the inner range's start climbs across 2**53 as the outer loop runs; sums and last values checked
def run(n, start):
    s = 0
    hi = 0
    for i in range(n):
        lo = start + i
        for x in range(lo, lo + 4):
            s += x % 1000
            if x > hi:
                hi = x
        for x in range(lo, lo + 9, 4):
            s -= x % 7
    return s, hi, hi - start, x

print(run(1500, 2**53 - 750))
print(run(1500, 2**52 - 750))
print(run(1500, -(2**53) - 750))
print(run(3, 2**53 - 3))
