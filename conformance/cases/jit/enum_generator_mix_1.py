# expect: jit
# enumerate in comprehensions and in a generator, around a native loop over enumerate
def gen(a):
    for i, x in enumerate(a):
        if x % 7 == 0:
            yield i

def f(a):
    s = 0
    for i, x in enumerate(a):
        s += x & i
    return s

a = list(range(6000))
print(sum(gen(a)), f(a), [i for i, x in enumerate(a) if x % 1000 == 0])
print({i: x for i, x in enumerate("abc")}, list(enumerate((1.5, 2.5), -1)))
