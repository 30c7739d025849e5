# expect: jit
# enumerate over a float list: the index scales the item, as a float
def f(a):
    t = 0.0
    for i, x in enumerate(a):
        t += x * i - x / (i + 1)
    return t

print(f([0.5 * k for k in range(4000)]))
print(f([float("inf"), -0.0, 1e308, 2.5] * 500))
