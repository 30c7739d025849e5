# expect: jit
# a float list receives a str; later arithmetic on that slot raises TypeError
def run(n):
    a = [0.5, 1.5, 2.5]
    s = 0.0
    for i in range(n):
        j = i % 3
        if i == 5500:
            a[j] = "s"
        try:
            s += a[j]
        except TypeError as e:
            print("TypeError", e, i)
            a[j] = 0.25
    return s, a

print(run(8000))
