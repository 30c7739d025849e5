# recursive closures, recursion through a name rebound later, recursion with accumulators
def make_counter_down():
    def down(n, acc):
        if n == 0:
            return acc
        return down(n - 1, acc + [n])
    return down
print(make_counter_down()(5, []))
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
original = fact
def fact(n):
    return "replaced"
print(original(5))
def depth(tree):
    if not isinstance(tree, tuple):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)
print(depth((1, (2, (3,)), ((4,),))), depth(()), depth(7))
def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)
data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 33, 99, 50, -1)])
def count_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[(r, c)]
print(count_paths(16, 16))
