# zip over two lists (int and float) in a hot loop, writing into a third
def run(a, b):
    out = [0.0] * len(a)
    i = 0
    for x, y in zip(a, b):
        out[i] = x * y
        i += 1
    return out

a = list(range(6000))
b = [0.5 * (k % 7) for k in range(6000)]
out = run(a, b)
print(out[:8])
print(repr(sum(out)))
print(len(run(a, b[:10])))
