# expect: jit
# a float list receives an int; the int stays an int when read back
def run(n):
    a = [0.5] * 4
    s = 0.0
    for i in range(n):
        j = i % 4
        if i == 5000:
            a[1] = 3
        s += a[j]
    return s, a, type(a[1]).__name__

print(run(8000))
