tests = [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(0, 5, 0), lambda: range(None), lambda: range(1, 2.0),
         lambda: range(5)[10], lambda: range(5).index(9), lambda: range(5)[1.5], lambda: len(range(2 ** 64)),
         lambda: range(5)[::0]]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
