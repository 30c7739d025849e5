tests = [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 3), slice(-100, 5), slice(8, 2, -2), slice(5, 5), slice(None, -1, -1), slice(10, None, -3)]
for s in tests:
    for n in (0, 5, 10):
        print(s, n, s.indices(n), len(range(*s.indices(n))))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
