it = iter([1, 2, 3, 4, 5])
print(list(zip(it, "ab")))
print(list(it))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
it = iter(range(7))
print(list(zip(it, it, it)), list(it))
def gen(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i
print(list(zip(gen("A", 3), gen("B", 1))))
