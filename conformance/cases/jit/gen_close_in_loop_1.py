# generators closed early inside a hot loop run their finally blocks
log = []
def g(k):
    try:
        for i in range(k):
            yield i
    finally:
        log.append(k)

def run(n):
    s = 0
    for i in range(n):
        it = g(5)
        s += next(it) + next(it)
        it.close()
    return s

print(run(3000), len(log), log[:3])
