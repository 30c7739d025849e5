# expect: jit
# a helper returns an int, a float or a bool depending on its argument
def pick(i):
    if i % 3 == 0:
        return i
    if i % 3 == 1:
        return i * 0.5
    return i % 2 == 0

def run(n):
    s = 0
    for i in range(n):
        s += pick(i)
    return s

print(run(12000))
def late(i):
    if i < 7000:
        return 1
    return 1.5
def run2(n):
    s = 0
    for i in range(n):
        s += late(i)
    return s
print(run2(12000))
