# expect: jit
# one loop over enumerate given an int list, then a list subclass, a range, a generator, a float tuple
class L(list):
    pass

def f(it):
    s = 0
    for i, x in enumerate(it):
        s += i * x
    return s

print(f(list(range(6000))))
print(f(L(range(6000))))
print(f(range(6000)))
print(f(x for x in range(6000)))
print(f((1.5, 2.5) * 3000))
print(f(iter(list(range(6000)))))
d = dict.fromkeys(range(6000), 1)
print(f(d))
