# UNPACK_SEQUENCE site sees tuples, lists, a generator, wrong lengths, a str
def gen2(i):
    yield i
    yield -i

def source(i):
    if i < 50:
        return (i, i + 1)
    if i < 80:
        return [i, i * 2]
    if i < 100:
        return gen2(i)
    if i < 110:
        return (1, 2, 3)
    if i < 120:
        return [1]
    return "xy"

for i in range(140):
    try:
        a, b = source(i)
        r = (a, b)
    except ValueError as e:
        r = "ValueError: " + str(e)
    if i % 10 == 0 or i in (49, 50, 79, 80, 99, 100, 110):
        print(i, r)
