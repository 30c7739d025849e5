# a pipeline of generators, each with a small loop
def source(n):
    for i in range(n):
        yield i

def square(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def run(n):
    s = 0
    c = 0
    for v in evens(square(source(n))):
        s += v
        c += 1
    return s, c

print(run(12000))
