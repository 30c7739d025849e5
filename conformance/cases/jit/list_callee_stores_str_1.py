# expect: jit
# a helper stores a str into an int list; the loop's addition then fails
def poke(a):
    a[2] = "two"

def run(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        if i == 6000:
            poke(a)
        try:
            s += a[i % 4]
        except TypeError as e:
            print("TypeError", e, i)
            return s, a
    return s, a

print(run(9000))
