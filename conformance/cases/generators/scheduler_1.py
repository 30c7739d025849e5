# a round-robin scheduler running generators as cooperative tasks
def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} finished"
def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        current = queue.pop(0)
        try:
            next(current)
        except StopIteration as e:
            results.append(e.value)
        else:
            queue.append(current)
    return results
print(run([task("A", 3), task("B", 1), task("C", 2)]))
def producer(n):
    for i in range(n):
        print("produce", i)
        yield i
def consumer():
    total = 0
    try:
        while True:
            item = yield
            total += item
            print("consume", item, "total", total)
    except GeneratorExit:
        print("consumer closing with total", total)
c = consumer()
next(c)
for item in producer(3):
    c.send(item)
c.close()
