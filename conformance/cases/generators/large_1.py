# generators over many items stay fast and use constant memory
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count_up(200000)))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(sum(squares(evens(count_up(100000)))))
count = 0
for _ in count_up(50000):
    count += 1
print(count)
print(max(x % 1000 for x in count_up(100000)))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        yield n
print(max((len(list(collatz_len(n))), n) for n in range(1, 3000)))
