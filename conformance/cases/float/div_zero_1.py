for op in ("/", "//", "%", "divmod"):
    for a, b in ((1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (-1.5, -0.0)):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(op, a, b, r)
        except ZeroDivisionError as e:
            print(op, a, b, "ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(0.0 ** 0, 0.0 ** 2, (-8.0) ** 2, 2.0 ** -1)
print((-8.0) ** 2, (-8.0) ** -1, (-2) ** 3.0)
