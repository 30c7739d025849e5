# expect: jit
# f(a, a): a float stored through one parameter must be seen through the other
def run(x, y, n):
    s = 0
    for i in range(n):
        j = i % 4
        if i == 5000:
            x[j] = 0.5
        s += y[j]
        x[(j + 1) % 4] = y[j] + 1 if i < 5000 else y[(j + 1) % 4]
    return s, x, y is x

a = [1, 2, 3, 4]
print(run(a, a, 8000))
print(run([1, 2, 3, 4], [5, 6, 7, 8], 8000))
