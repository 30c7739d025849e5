d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "fz"
print(d)
d2 = {True: "first", 1: "second", 1.0: "third"}
print(d2)
mixed = {None: 0, "1": 1, 1: 2, (1,): 3, 2.5: 4, frozenset({1}): 5, b"1": 6, -0.0: 7}
print(mixed)
print(mixed[0], mixed[frozenset([1])], mixed[(True,)], mixed["1"], mixed[b"1"], mixed[None])
print(1 in mixed, 1.0 in mixed, "1" in mixed, 2 in mixed)
big = {2 ** 100: "big", float(2 ** 100): "bigf"}
print(big)
