# expect: jit
# def put(a, i, v): a[i] = v called from a hot loop, then the list is printed
def put(a, i, v):
    a[i] = v

def run(n):
    a = [0] * 6
    for i in range(n):
        put(a, i % 6, i * 2)
    return a

print(run(6000))
print(run(6003))
