# expect: jit
# an int list receives a float at iteration 5000 of the hot loop
def run(n):
    a = [1, 2, 3, 4, 5]
    s = 0
    for i in range(n):
        j = i % 5
        if i == 5000:
            a[j] = 2.5
        s += a[j]
    return s, a

s, a = run(8000)
print(s, type(s).__name__)
print(a)
