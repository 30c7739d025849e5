# recursion through nested generators and yield from
import sys
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(300)))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(len(list(tree(10))))
def runaway():
    yield from runaway()
try:
    next(runaway())
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
sys.setrecursionlimit(10000)
print(sum(countdown(3000)))
def nested_gen(n):
    if n == 0:
        yield 0
    else:
        for v in nested_gen(n - 1):
            yield v + 1
print(list(nested_gen(2000)))
