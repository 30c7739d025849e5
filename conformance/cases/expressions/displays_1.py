# tuple, list, set and dict displays
print((), (1,), (1, 2), 1,)
t = 1, 2, 3
u = 4,
print(t, u, type(u).__name__, len(()))
print([], [1], [1, 2,], [[]], [()])
print({1, 2, 2, 1}, set(), {(1, 2)}, type({}).__name__)
print({"a": 1, "b": 2, "a": 3})
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print({"k": [1, 2], ("t",): {"n": None}})
print([1, 2][0], (1, 2)[1], {"x": 5}["x"])
print((1), (1,), ((1,),), [(1)])
print(len([None] * 3), [print] is not None)
print({1: 2}.__class__.__name__, (x for x in ()).__class__.__name__)
print([
    1,
    2,
][-1], (
    "multi"
    "line"
))
