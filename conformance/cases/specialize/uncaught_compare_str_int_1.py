# uncaught TypeError from a compare specialized on ints when a str arrives (last line compared)
vals = list(range(100)) + ["100"]
best = -1
for v in vals:
    if v > best:
        best = v
print(best)
