# chained generators process data lazily, one item at a time
lines = ["# comment", "alpha 1", "", "beta 2", "gamma x", "delta 4"]
def source(items):
    for item in items:
        print("read", repr(item))
        yield item
def non_blank(items):
    for item in items:
        if item and not item.startswith("#"):
            yield item
def parse(items):
    for item in items:
        name, value = item.split()
        try:
            yield name, int(value)
        except ValueError:
            print("skip", name)
def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total
pipeline = running_total(parse(non_blank(source(lines))))
print("pipeline built")
for name, total in pipeline:
    print("->", name, total)
def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
