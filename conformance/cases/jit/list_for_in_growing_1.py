# for x in a while appending to a, stopped by a break after 7000 items
def run():
    a = [1, 2]
    s = 0
    n = 0
    for x in a:
        s += x
        n += 1
        if n > 7000:
            break
        a.append((x * 3 + n) % 11)
    return s, n, len(a), a[-3:]

print(run())
