# expect: jit
# an IndexError from a native read escapes to the top level (traceback on stderr)
def run(n):
    a = [2] * 7000
    s = 0
    for i in range(n):
        s += a[i]
    return s

print(run(7000))
print(run(7001))
