# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
x = 3
if x:
    pass
if x > 1: y = 1
else: y = 2
if x:
    if y:
        z = 1
    else:
        z = 2
elif not x:
    z = 3
if (x):
    pass
elif (y := 5):
    pass
if x == 1 or x == 2 and not y:
    w = 0
else:
    if x:
        w = 1
    elif y:
        w = 2
if __name__ == "__main__":
    main = True
if x in [1, 2, 3]: a = 1
elif x not in (4, 5): a = 2
else: a = 3
if x is None: pass
elif x is not None: pass
print([classify(n) for n in (-1, 0, 5, 50, 500)], y, z, w, a)
