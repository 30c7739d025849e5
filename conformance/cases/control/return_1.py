# return from deep inside loops, with blocks and try statements
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            with CM():
                try:
                    if v == target:
                        return (r, c)
                finally:
                    print("checked", v)
    return None
print(search([[1, 2], [3, 4]], 3))
def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
def tuple_return():
    return 1, "two", [3]
print(tuple_return())
def early(n):
    if n < 0:
        return "negative"
    while True:
        if n > 10:
            return "big"
        n *= 3
print(early(-1), early(2))
