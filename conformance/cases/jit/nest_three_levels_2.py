# expect: jit
# three nested ranges, the innermost with a step and an early break; counts per level
def run(n):
    c1 = c2 = c3 = 0
    s = 0
    for a in range(n):
        c1 += 1
        for b in range(a % 6, 12, 2):
            c2 += 1
            for c in range(b, -1, -3):
                if c == 4:
                    break
                c3 += 1
                s += a * b - c
    return c1, c2, c3, s

print(run(700))
