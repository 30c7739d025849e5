print((1, 2) == (1, 2), (1, 2) != (1, 3), () == (), (1,) == [1], (1, 2) == (1.0, 2.0))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, 2) <= (1, 2), (3,) >= (2, 9), (1, (2, 3)) < (1, (2, 4)))
print(max([(1, "b"), (1, "a"), (0, "z")]), min((3, 1), (2, 5)), sorted([(2, 1), (1, 2), (1,), ()]))
print((1, "x") < (2, 0), (1, 2) == (1, "2"))
try:
    (1, "x") < (1, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) < [1]
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < t)
