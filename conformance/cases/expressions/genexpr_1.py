# generator expressions are lazy and single-use
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]), min((v for v in [3, 1, 2])))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 0]))
print(sorted((c for c in "banana"), reverse=True))
print(", ".join(str(n) for n in range(4)))
print(tuple(x for x in "ab"), set(x % 2 for x in range(5)))
print(dict((k, v) for k, v in [("a", 1)]))
print(type(x for x in []).__name__)
h = (a + b for a in "xy" for b in "12" if b != "2")
print(list(h))
gen = (i for i in range(5))
print(3 in gen, list(gen))
