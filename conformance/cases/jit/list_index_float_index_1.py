# expect: jit
# a float index reaches a native list read: TypeError at that iteration only
def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        k = 1.0 if i == 5000 else i % 3
        try:
            s += a[k]
        except TypeError as e:
            print("TypeError", e)
    return s

print(run(7000))
