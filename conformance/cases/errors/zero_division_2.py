# uncaught ZeroDivisionError from modulo inside a loop
pairs = [(10, 3), (7, 7), (5, 0), (9, 2)]
for a, b in pairs:
    print(a, "%", b, "=", a % b)
print("not reached")
