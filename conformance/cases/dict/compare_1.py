print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == {}, {1: 2} != {1: 3})
print({1: "a"} == {True: "a"}, {"a": [1]} == {"a": [1]}, {"a": 1} == [("a", 1)], {"a": 1} == dict(a=1))
for op in ("<", "<=", ">", ">="):
    try:
        if op == "<":
            {} < {}
        elif op == "<=":
            {1: 2} <= {1: 2}
        elif op == ">":
            {1: 2} > {}
        else:
            {} >= {1: 1}
    except TypeError as e:
        print("TypeError:", e)
nan = float("nan")
d = {1: nan}
print(d == d, d == {1: nan}, {1: nan} == {1: float("nan")})
