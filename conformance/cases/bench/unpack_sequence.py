"""Unpacking in hot loops: tuple and list targets, swaps, nested and starred targets, zip/enumerate."""

SIZE = 5000  # bench size


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j - e
    return total


def unpack_lists(n):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for k in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        lst[k % 10] = (b + c + k) % 100
        total += c + h
    return total


def swaps(n):
    a = 1
    b = 2
    c = 3
    total = 0
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        b, c = c + 1, b - 1
        total += a * 3 + b - c
    return a, b, c, total


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) & 0xFFFFFFFF
    return a


def nested_targets(n):
    data = [((i, i + 1), [i * 2, (i * 3, i * 4)]) for i in range(50)]
    total = 0
    for _ in range(n // 50):
        for (a, b), [c, (d, e)] in data:
            total += a - b + c - d + e
    return total


def starred(n):
    rows = [tuple(range(k, k + 6)) for k in range(20)]
    total = 0
    for _ in range(n // 20):
        for row in rows:
            first, *middle, last = row
            total += first * last - len(middle)
            head, second, *rest = row
            total += second - rest[-1]
    return total


def zip_enumerate(n):
    xs = list(range(100))
    ys = [x * x for x in xs]
    total = 0
    for _ in range(n // 100):
        for i, (x, y) in enumerate(zip(xs, ys)):
            total += i * x - y
        for key, value in {"a": 1, "b": 2, "c": 3}.items():
            total += len(key) + value
    return total


def points_loop(n):
    points = [(i % 17, i % 13, i % 11) for i in range(n // 10)]
    sx = sy = sz = 0
    for _ in range(10):
        for x, y, z in points:
            sx, sy, sz = sx + x, sy + y, sz + z
    return sx, sy, sz


def main():
    n = SIZE
    results = [
        unpack_tuples(n),
        unpack_lists(n),
        swaps(n),
        fib_pairs(n),
        nested_targets(n),
        starred(n),
        zip_enumerate(n),
        points_loop(n),
    ]
    checksum = 0
    for r in results:
        print(r)
        if isinstance(r, tuple):
            for v in r:
                checksum = (checksum * 31 + v) % 1000000007
        else:
            checksum = (checksum * 31 + r) % 1000000007
    print("unpack_sequence checksum:", checksum)


if __name__ == "__main__":
    main()
