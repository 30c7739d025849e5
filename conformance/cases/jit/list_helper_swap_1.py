# expect: jit
# def swap(a, i, j) inlined in a hot loop over an int list
def swap(a, i, j):
    a[i], a[j] = a[j], a[i]

def run(n):
    a = list(range(7))
    for i in range(n):
        swap(a, i % 7, (i * 3) % 7)
    return a

print(run(6000))
print(run(6001))
