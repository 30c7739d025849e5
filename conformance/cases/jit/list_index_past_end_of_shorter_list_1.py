# expect: jit
# the hot loop is traced on a long list and then given a shorter one
def run(a, n):
    s = 0
    for i in range(n):
        s += a[i]
    return s

print(run(list(range(7000)), 7000))
try:
    print(run(list(range(100)), 7000))
except IndexError as e:
    print("IndexError", e)
print(run(list(range(100)), 100))
