# expect: jit
# x = y + c, x = y - c, x = y * c with y and x locals and c a constant, the
# left operand read from its slot: counters, strides and a running product
# that leaves int64 at the end
def run(n):
    i = 0
    j = n
    p = 1
    q = 0.5
    s = 0
    while i < n:
        i += 1
        j -= 1
        s = i * 3
        q = q * 1.5
        if i > n - 70:
            p = p * 7
    return i, j, s, p, q


print(run(4000))
