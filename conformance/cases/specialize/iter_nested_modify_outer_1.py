# inner hot loop modifies the outer list being iterated
outer = [1, 2, 3]
steps = 0
for x in outer:
    for j in range(50):
        steps += 1
    if len(outer) < 8:
        outer.insert(0, -x)
    steps += x
print(steps, outer)
