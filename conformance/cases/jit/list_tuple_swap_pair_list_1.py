# expect: jit
# p[0], p[1] = p[1], p[0] on a two-item float list every iteration
def run(n):
    p = [1.5, -2.0]
    s = 0.0
    for i in range(n):
        p[0], p[1] = p[1], p[0] + 0.5
        s += p[0]
    return s, p

print(run(6000))
print(run(6001))
