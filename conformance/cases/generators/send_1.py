# send() resumes the generator and returns the next yielded value
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))
def once():
    x = yield 1
    return x * 2
o = once()
next(o)
try:
    o.send(21)
except StopIteration as e:
    print("returned", e.value)
try:
    o.send(1)
except StopIteration as e:
    print("exhausted, value", e.value)
def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])
