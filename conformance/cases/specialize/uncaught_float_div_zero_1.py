# expect: full-stderr
# uncaught ZeroDivisionError inside a float-specialized division
vals = [float(i) for i in range(1, 70)] + [0.0]
acc = 0.0
for v in vals:
    acc += 1.0 / v
print("unreachable", acc)
