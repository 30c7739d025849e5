import itertools
def src():
    for i in range(5):
        print("produce", i)
        yield i
m = itertools.takewhile(lambda x: x < 3, src())
print("built")
print(next(m))
a = itertools.accumulate(src())
print("built")
print(next(a), next(a))
s = itertools.starmap(lambda x: x * 10, ((i,) for i in src()))
print(next(s))
