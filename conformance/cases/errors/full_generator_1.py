# expect: full-stderr
# an error inside a generator: the generator's frame appears in the traceback
def numbers(limit):
    n = 0
    while n < limit:
        yield 10 / (3 - n)
        n += 1
for value in numbers(5):
    print(round(value, 3))
