# for x in a with a float list growing by a[i] = ... and append, bounded by break
def run():
    a = [0.5]
    i = 0
    for x in a:
        if i >= 6500:
            break
        a.append(x * 0.5 + 1.0)
        a[i] = x + i
        i += 1
    return i, len(a), a[:3], a[-2:]

print(run())
