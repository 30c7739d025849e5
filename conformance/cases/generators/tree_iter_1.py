# a binary tree whose __iter__ is a recursive generator
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))
t = build(0, 15)
print(list(t))
print(sum(t), max(t), len(list(t)), 7 in t, 99 in t)
big = build(0, 2000)
total = 0
for v in big:
    total += v
print(total)
def levels(tree, depth=0):
    if tree is None:
        return
    yield depth, tree.value
    yield from levels(tree.left, depth + 1)
    yield from levels(tree.right, depth + 1)
by_depth = {}
for d, v in levels(t):
    by_depth.setdefault(d, []).append(v)
print(by_depth)
