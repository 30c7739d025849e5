# expect: jit
# x = a[j] then b[j] = x in a native loop; b[j] is a[j] checked after the loop
def run(n):
    a = [0.25, 3.5, float("inf"), 1e-310, -7.0]
    b = [0.0] * 5
    for i in range(n):
        j = i % 5
        x = a[j]
        b[j] = x
    return a, b

a, b = run(6000)
print(b)
print([b[k] is a[k] for k in range(5)])
print(b == a, b[3] > 0.0)
