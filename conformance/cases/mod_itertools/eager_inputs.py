import itertools
def src(name, n):
    for i in range(n):
        print("read", name, i)
        yield i
p = itertools.product(src("a", 2), src("b", 2))
print("product built")
print(next(p))
c = itertools.combinations(src("c", 3), 2)
print("combinations built")
print(list(c))
z = itertools.zip_longest(src("x", 1), src("y", 2))
print("zip_longest built")
print(list(z))
