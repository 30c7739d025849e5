# in / not in on built-in containers
print(2 in [1, 2, 3], 4 not in [1, 2, 3], [] in [[]])
print("ell" in "hello", "" in "abc", "z" not in "abc", "ab" in "a b")
print((1, 2) in [(1, 2)], 1 in (1.0,), True in [1], 0 in [False])
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(3 in {1, 2, 3}, frozenset({1}) in {frozenset({1})})
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), 10 ** 20 in range(10 ** 21))
print(-1 in range(5), 2.0 in range(3), 2.5 in range(3))
print(b"b" in b"abc", 98 in b"abc", b"" in b"")
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
print(None in [None], None not in [0, False, ""])
it = iter([1, 2, 3, 4])
print(2 in it, next(it), 1 in it)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in {1})
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
