# expect: jit
# a loop driven by a bool flag updated from several branches
def run(n):
    go = True
    i = 0
    ups = 0
    downs = 0
    x = 0
    while go:
        i += 1
        if x < 50:
            x += 3
            ups += 1
        else:
            x -= 50
            downs += 1
        if i >= n:
            go = False
        elif x == 47 and i > n // 2:
            go = False
    return i, x, ups, downs

print(run(12000))
print(run(1))
