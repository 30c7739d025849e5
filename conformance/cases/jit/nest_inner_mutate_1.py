# expect: jit
# the inner list grows, switches to holding a str, and is replaced by a tuple between outer rounds
def run(n):
    inner = [1, 2, 3]
    s = 0
    log = []
    for i in range(n):
        k = 0
        for x in inner:
            k += 1
            last = x
        s += k
        if i % 25 == 0:
            log.append((k, last))
        if i == 150:
            inner.append("abc")
        elif i == 300:
            inner = tuple(inner)
        elif i == 450:
            inner = [v * 2 for v in range(len(inner))]
        elif i == 500:
            inner[-1] = "xyz"
        elif i < 150:
            inner.append(i % 9)
    return s, log

print(run(600))
