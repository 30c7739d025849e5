# // and % around zero and signs, after warmup on positive values
out = []
for i in range(1, 80):
    out.append((i // 3, i % 3))
print(out[-3:])
cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.0, 2), (-7.0, 2), (7, -2.0), (-0.0, 3), (0, -3),
         (1, 0.3), (-1, 0.3), (10 ** 20, 7), (-10 ** 20, 7), (3, 10 ** 20), (-3, 10 ** 20)]
for a, b in cases:
    for _ in range(5):
        q = a // b
        m = a % b
    print(repr(a), repr(b), repr(q), repr(m), divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                a / b
        except ZeroDivisionError as e:
            print(repr(a), op, repr(b), "ZeroDivisionError:", e)
