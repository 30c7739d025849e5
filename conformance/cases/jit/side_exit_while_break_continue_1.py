# expect: jit
# a while loop with two continues and two breaks
def run(limit, stop):
    i = 0
    s = 0
    skipped = 0
    while True:
        i += 1
        if i % 3 == 0:
            skipped += 1
            continue
        if i % 5 == 0:
            s -= 1
            continue
        s += i
        if s > limit:
            break
        if i == stop:
            s = -s
            break
    return i, s, skipped

print(run(10 ** 8, 10 ** 9))
print(run(10 ** 8, 9001))
print(run(50, 10 ** 9))
