# expect: jit
# a helper reverses a float list mid-loop; the loop keeps reading the same slots
def flip(a):
    a.reverse()

def run(n):
    a = [0.25, 0.5, 1.0, 2.0, 4.0]
    s = 0.0
    for i in range(n):
        s += a[i % 5] * (i % 3)
        if i % 1500 == 1499:
            flip(a)
            a[0] += 0.125
    return s, a

s, a = run(7000)
print(repr(s))
print(a)
