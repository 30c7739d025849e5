# expect: jit
# a read past the end of a float list in a native loop escapes and is caught outside
def run(a, n):
    s = 0.0
    for i in range(n):
        s += a[i] * 0.5
    return s

a = [1.25] * 6000
print(run(a, 6000))
try:
    print(run(a, 6001))
except IndexError as e:
    print("IndexError", e)
print(run(a, 10), len(a))
