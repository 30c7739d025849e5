# for loops discard a generator's return value; yield from keeps it
def gen():
    yield 1
    yield 2
    return "the return value"
for x in gen():
    print("for got", x)
print(list(gen()))
def wrapper():
    value = yield from gen()
    yield "wrapper saw: " + value
print(list(wrapper()))
def manual(g):
    values = []
    while True:
        try:
            values.append(next(g))
        except StopIteration as stop:
            return values, stop.value
print(manual(gen()))
def mixed_send():
    total = 0
    while total < 10:
        extra = yield total
        total += 1 if extra is None else extra
    return total
m = mixed_send()
seen = []
for value in m:
    seen.append(value)
    if value == 2:
        print("send returns", m.send(5))
print(seen)
