# expect: jit
# for i in range(len(a)) evaluates len once; popping inside makes late reads fail
def run(n):
    a = list(range(n))
    s = 0
    for i in range(len(a)):
        try:
            s += a[i]
        except IndexError as e:
            print("IndexError", e, i, len(a))
            break
        if i % 2 == 0:
            a.pop()
    return s

print(run(20000))
