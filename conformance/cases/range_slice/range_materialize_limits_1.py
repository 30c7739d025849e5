# Materializing a range whose length cannot be a sequence fails at once.
for make in (list, tuple):
    try:
        make(range(10**20))
    except OverflowError as e:
        print(make.__name__, "OverflowError", e)
    try:
        make(range(2**62))
    except MemoryError:
        print(make.__name__, "MemoryError")
print(len(list(range(0, 10**20, 10**19))))
print(list(range(10**20, 10**20 + 3)))
