# expect: jit
# calls that leave out defaulted parameters are inlined with the defaults as constants; reassigning
# __defaults__ (by attribute, by setattr inside the loop, or to None) must be seen at once
def f(x, k=3, m=1000):
    return x * k % m


def run(n):
    s = 0
    for i in range(n):
        s += f(i)
        s += f(i, 5)
        s += f(i, 7, 13)
        if i == n // 2:
            f.__defaults__ = (11, 17)
        if i == 3 * n // 4:
            setattr(f, "__defaults__", (2, 3))
    return s


print(run(6000))


def h(x, k=3):
    return x + k


def loop2(n):
    s = 0
    for i in range(n):
        s += h(i)
        if i == 1500:
            h.__defaults__ = (2.5,)
        if i == 2500:
            h.__defaults__ = None
    return s


try:
    print(loop2(4000))
except TypeError as e:
    print("TypeError:", e)


def g(a, acc=[]):
    acc.append(a)
    return len(acc)


t = 0
for i in range(3000):
    t += g(i)
print(t, len(g.__defaults__[0]))
