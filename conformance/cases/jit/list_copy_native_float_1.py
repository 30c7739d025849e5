# expect: jit
# copies of a float list, scaled in place
def f(n):
    v = [0.5, 1.25, -2.0, 3.75]
    acc = 0.0
    for i in range(n):
        w = v[:]
        w[i % 4] *= 1.5
        acc += w[0] + w[1] + w[2] + w[3]
    return acc, v, w

print(f(8000))
