# expect: jit
# a helper stores a float into the int list the loop is summing
def poke(a, i):
    a[i] = 0.5

def run(n):
    a = [1] * 8
    s = 0
    for i in range(n):
        s += a[i % 8]
        if i == 5000:
            poke(a, 3)
    return s, a

s, a = run(8000)
print(s)
print(a)
print(type(s).__name__)
