# expect: jit
# a traced loop appends ints, then a big int, then a float, then a string: each switch is seen
def h(n):
    a = [1, 2, 3]
    for i in range(n):
        a.append(i)
        if i == n - 100:
            a.append(2**60)
        if i == n - 50:
            a.append(1.5)
        if i == n - 10:
            a.append("x")
    return len(a), a[-60:-45], a[-12:]

print(h(30000))
