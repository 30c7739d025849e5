# many unrelated globals added/removed while a hot loop reads one global (dict version churn)
target = 1
s = 0
for i in range(200):
    globals()["tmp%d" % (i % 13)] = i
    if i % 7 == 0:
        globals().pop("tmp%d" % ((i + 3) % 13), None)
    s += target
    if i % 50 == 49:
        target += 1
        print(i, s, target)
print(s, sorted(k for k in globals() if k.startswith("tmp"))[:3])
