# for k, v in ... over dict items, then list of lists, then zip, then bad rows
def run(rows):
    out = []
    for k, v in rows:
        out.append((k, v))
    return out

d = {i: i * i for i in range(60)}
print(run(d.items())[-2:])
print(run([[1, 2], [3, 4]] * 30)[-1])
print(run(zip("abc", range(3))))
for bad in ([(1, 2), (3,)], [(1, 2), "abc"], [(1, 2), 7], [(1, 2), "xy"]):
    try:
        print(run(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
