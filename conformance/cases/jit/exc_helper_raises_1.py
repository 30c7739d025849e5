# a helper raises ValueError at some iteration; the loop state is checked after
class Stop(Exception):
    pass

def check(i, limit):
    if i * i > limit:
        raise Stop(i)
    return i % 3

def run(limit, n):
    s = 0
    i = 0
    try:
        for i in range(n):
            s += check(i, limit)
    except Stop as e:
        return "stopped", e.args[0], i, s
    return "done", i, s

print(run(10 ** 8, 12000))
print(run(10 ** 9, 12000))
print(run(-1, 12000))
