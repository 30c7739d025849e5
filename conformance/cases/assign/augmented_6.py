# augmented assignment evaluates the target's container and key once
calls = []
def key(k):
    calls.append("key " + str(k))
    return k
def container(c):
    calls.append("container")
    return c
d = {"a": 1}
container(d)[key("a")] += 10
print(d, calls)
calls.clear()
lst = [1, 2, 3]
container(lst)[key(-1)] *= 5
print(lst, calls)
class Obj:
    def __init__(self):
        self.count = 0
o = Obj()
calls.clear()
container(o).count += 1
container(o).count += 1
print(o.count, calls)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
for ch in "abc":
    counts.setdefault(ch, 0)
    counts[ch] += 1
print(counts)
s = [1, 2, 3, 4]
s[1:3] += [9]
print(s)
