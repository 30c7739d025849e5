"""Generators: pipelines of generator functions, yield from (recursive trees), genexps, send()."""

SIZE = 3000  # bench size


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, factor):
    for x in source:
        yield x * factor


def keep_if_not_multiple(source, k):
    for x in source:
        if x % k:
            yield x


def pairwise(source):
    it = iter(source)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def chunked(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def pipeline(n):
    stream = keep_if_not_multiple(scaled(count_up(n), 3), 7)
    diffs = (b - a for a, b in pairwise(stream))
    total = 0
    chunks = 0
    for chunk in chunked(diffs, 10):
        total += sum(chunk) * len(chunk)
        chunks += 1
    return total, chunks


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build_tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build_tree(lo, mid), mid, build_tree(mid + 1, hi))


def tree_walk(n):
    tree = build_tree(0, n)
    checksum = 0
    count = 0
    for v in tree:
        checksum = (checksum * 7 + v) % 1000003
        count += 1
    return count, checksum


def flatten(item):
    if isinstance(item, list):
        for sub in item:
            yield from flatten(sub)
    else:
        yield item


def nested(n, depth):
    if depth == 0:
        return n
    return [nested(n * 3 + k, depth - 1) for k in range(3)]


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def running_average(n):
    avg = averager()
    next(avg)
    last = 0
    acc = 0
    for x in range(n):
        last = avg.send(x * x % 1013)
        acc += last
    avg.close()
    return last, acc


def main():
    total, chunks = pipeline(SIZE * 4)
    print("pipeline:", total, chunks)
    count, tree_sum = tree_walk(SIZE)
    print("tree walk:", count, tree_sum)
    flat_total = 0
    flat_count = 0
    for i in range(SIZE // 1000 + 1):
        for v in flatten(nested(i, 6)):
            flat_total += v
            flat_count += 1
    print("flatten:", flat_count, flat_total)
    last, acc = running_average(SIZE)
    print("send:", last, acc)
    squares = sum(x * x for x in range(SIZE) if x & 1)
    print("genexp:", squares)
    checksum = (total + chunks * 3 + tree_sum * 5 + flat_total * 7 + acc * 11 + squares) % 4294967296
    print("generators checksum:", checksum)


if __name__ == "__main__":
    main()
