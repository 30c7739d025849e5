vals = [2.0, 0.5, -4.0, 0.0]
for v in vals:
    print("v =", v)
    print(1 / v)
print("unreachable")
