# expect: jit
# gcd by remainders inside a for loop: the side trace of the inner loop's exit goes round
# the outer loop (its range iterator and accumulator carried natively) back to the inner head
def gcd_total(n):
    total = 0
    for i in range(1, n):
        a = i * 7919
        b = i + 104729
        while b:
            a, b = b, a % b
        total += a
    return total, i, a, b

print(gcd_total(6000))
