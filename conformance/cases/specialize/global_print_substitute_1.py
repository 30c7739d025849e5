# print replaced by a collecting function mid-loop, then restored
collected = []
real_print = print
for i in range(120):
    if i == 40:
        print = lambda *a, **k: collected.append(a)
    if i == 80:
        del print
    if i % 10 == 0 or i in (39, 40, 79, 80):
        print("line", i)
real_print("collected", collected)
print("done", len(collected))
