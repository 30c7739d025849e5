# expect: jit
# a helper assigns a[:] = ... with floats into an int list being summed
def swap_contents(a):
    a[:] = [0.5, 1.5, 2.5, 3.5]

def run(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        s += a[i % 4]
        if i == 5000:
            swap_contents(a)
    return s, a

print(run(8000))
