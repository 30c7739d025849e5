# explicit close() makes cleanup deterministic when a loop stops early
log = []
def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        log.append("numbers cleaned up")
def first_over(limit):
    gen = numbers()
    try:
        for n in gen:
            if n * n > limit:
                return n
    finally:
        gen.close()
print(first_over(50), log)
log.clear()
def pairs():
    try:
        yield from numbers()
    finally:
        log.append("pairs cleaned up")
p = pairs()
print(next(p), next(p), next(p))
p.close()
print(log)
log.clear()
def exhaust():
    try:
        yield 1
    finally:
        log.append("finished normally")
print(list(exhaust()), log)
