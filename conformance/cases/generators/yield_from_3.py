# recursive generators with yield from
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]])))
def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)
tree = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, (None, 6, None)))
print(list(inorder(tree)))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(5)), sum(countdown(100)))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets("abc")))
