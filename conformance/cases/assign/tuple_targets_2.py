# wrong number of values to unpack
def attempt(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = [1, 2]
def empty():
    a, = []
def from_string():
    a, b = "xyz"
def not_iterable():
    a, b = 5
def from_none():
    a, b = None
def starred_too_few():
    a, b, *c = [1]
def from_generator():
    a, b = (i for i in range(5))
for f in [too_many, too_few, empty, from_string, not_iterable, from_none,
          starred_too_few, from_generator]:
    attempt(f)
