# += specialized for ints, then accumulator becomes str, list, tuple, float
acc = 0
log = []
for i in range(240):
    if i == 60:
        log.append(acc)
        acc = "s"
    elif i == 120:
        log.append(len(acc))
        acc = []
    elif i == 180:
        log.append(len(acc))
        acc = ()
    elif i == 210:
        log.append(acc[-3:])
        acc = 0.5
    if isinstance(acc, int) and not isinstance(acc, bool):
        acc += i
    elif isinstance(acc, str):
        acc += chr(97 + i % 26)
    elif isinstance(acc, list):
        acc += [i]
    elif isinstance(acc, tuple):
        acc += (i,)
    else:
        acc += i / 4
print(log)
print(acc)
