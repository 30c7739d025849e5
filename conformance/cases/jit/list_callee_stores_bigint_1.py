# expect: jit
# a helper stores 2**60 into an int list; the loop keeps adding its items
def poke(a):
    a[1] = 2 ** 60

def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        s += a[i % 3]
        if i == 6000:
            poke(a)
    return s, a

print(run(9000))
