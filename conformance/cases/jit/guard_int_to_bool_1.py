# expect: jit
# an int local becomes a bool, then None-free arithmetic continues
def run(n):
    x = 10
    s = 0
    for i in range(n):
        if i == 5000:
            x = True
        if i == 9000:
            x = False
        s += x
        s += -x
        s += x * 3
        s += x << 2
    return s, x

print(run(12000))
print(True << 2, -True, ~True, True & 3, True | 2, True ^ True, False - 1)
