# while i < len(a): the list grows inside the loop until a cap
def run(cap):
    a = [1]
    i = 0
    s = 0
    while i < len(a):
        s += a[i]
        if len(a) < cap:
            a.append(a[i] % 7 + i)
        i += 1
    return s, i, len(a)

print(run(7000))
