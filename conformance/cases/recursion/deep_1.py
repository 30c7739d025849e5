# 100,000-deep recursion works once the recursion limit is raised
import sys
sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())
def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)
print(total(1000))
print(total(100000))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
def build(n):
    return None if n == 0 else (n, build(n - 1))
def length(node):
    return 0 if node is None else 1 + length(node[1])
chain = build(50000)
print(length(chain), chain[0], chain[1][0])
