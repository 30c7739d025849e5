# expect: jit
# for x, y in items where one item has three elements: ValueError caught outside
def run(items, rounds):
    s = 0
    for r in range(rounds):
        for x, y in items:
            s += x + y
    return s

items = [(1, 2)] * 6000
print(run(items, 1))
items[5500] = (1, 2, 3)
try:
    run(items, 1)
except ValueError as e:
    print("ValueError", e)
