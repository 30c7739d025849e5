import itertools
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
c = itertools.chain(noisy(2), noisy(1))
print("created")
for x in c:
    print("got", x)
print(list(c))
