# expect: jit
# an inlined helper adds list items; one item is a str at one iteration
def add(a, i, j):
    return a[i] + a[j]

def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        if i == 5200:
            a[1] = "b"
        try:
            s += add(a, i % 3, 0)
        except TypeError as e:
            print("TypeError", e, i)
            a[1] = 2
    return s, a

print(run(7000))
