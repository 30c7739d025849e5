# expect: full-stderr
# uncaught KeyError from a dict-specialized subscript after a key is removed
table = {k: k * k for k in range(10)}
s = 0
for i in range(80):
    if i == 64:
        print("s =", s)
        del table[i % 10]
    s += table[i % 10]
