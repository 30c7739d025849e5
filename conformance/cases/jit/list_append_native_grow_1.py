# expect: jit
# a list grown from empty to 50000 items in a traced loop: every time its items fill, tier 1 moves them
def f(n):
    a = []
    for i in range(n):
        a.append(i * i % 1009)
    return len(a), a[:5], a[-5:], sum(a)

def g(n):
    a = []
    for i in range(n):
        a.append(i / 7)
    return len(a), a[-2:], sum(a)

print(f(50000))
print(g(50000))
