print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61 - 1)))
print(hash(-1) == -2, hash(-1) == hash(-2), hash(True) == hash(1), hash(False) == 0)
print(hash(1) == hash(1.0), hash(2 ** 80) == hash(float(2 ** 80)), hash(-0.0) == hash(0), hash(0.5) == hash(0.5))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(2 ** 64), hash(12345678901234567890))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(7) == hash(7.0), hash(-7) == hash(-7.0), hash(2 ** 61 - 1) == hash(0))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
