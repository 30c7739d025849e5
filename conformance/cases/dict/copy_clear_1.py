d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(9)
print(d, c, c is d, c == d)
d.clear()
print(d, len(d), c)
alias = c
alias.clear()
print(c)
e = {1: 2}
f = e
e = {}
print(f)
print({}.copy(), type({}.copy()).__name__)
