# integers too large for an index or a size
def show(thunk):
    try:
        print(thunk())
    except (OverflowError, MemoryError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: [0] * (10 ** 20))
show(lambda: "ab" * (2 ** 63))
show(lambda: len(range(10 ** 20)))
show(lambda: range(10 ** 20)[10 ** 19])
show(lambda: [1, 2, 3][10 ** 20])
show(lambda: "abc"[2 ** 70])
show(lambda: [1, 2, 3][-(10 ** 30):2])
show(lambda: (1, 2)[:10 ** 30])
show(lambda: chr(2 ** 70))
show(lambda: float(2 ** 1024))
show(lambda: float(2 ** 1023))
show(lambda: round(1e308, -400))
show(lambda: 10 ** 30 in range(10 ** 31))
show(lambda: range(0, 10 ** 30, 7)[-1])
