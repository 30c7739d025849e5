# expect: jit
# a helper inserts at the front; the loop's index i % len(a) now sees shifted items
def front(a, v):
    a.insert(0, v)

def run(n):
    a = [1, 2, 3, 4, 5]
    s = 0
    for i in range(n):
        s += a[i % len(a)] * (i % 7)
        if i % 2000 == 1999:
            front(a, -i)
    return s, a

print(run(8000))
