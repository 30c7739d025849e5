# a, b = b, a swaps the names of two lists inside the hot loop
def run(n):
    a = [0] * 4
    b = [0.0] * 4
    for i in range(n):
        a[i % 4] += 1
        a, b = b, a
    return a, b

a, b = run(6001)
print(a)
print(b)
print([type(x).__name__ for x in a + b])
