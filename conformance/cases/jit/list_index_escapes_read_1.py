# expect: jit
# an IndexError from a read in a hot loop escapes the function and is caught outside
def run(n):
    a = [1] * 6000
    s = 0
    for i in range(n):
        s += a[i]
    return s

print(run(6000))
try:
    print(run(6001))
except IndexError as e:
    print("IndexError", e)
print(run(5999))
