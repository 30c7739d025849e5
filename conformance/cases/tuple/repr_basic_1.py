print((), (1,), (1, 2), ("a",), ((),), ((1,),), (None,), tuple(), tuple([1]))
t = 1,
print(t, type(t).__name__, len(t))
u = 1, 2, 3
print(u, str(u), repr(u), f"{u}", "%s" % (u,))
print((1) == 1, (1,) == 1, type((1)).__name__, type((1,)).__name__)
print(("x" * 2,), (1.0, -0.0, "é", b"b", [1], {2: 3}))
print(tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "xy"), tuple((1, 2)))
print(((1, 2), (3, (4, (5,)))))
