# unpacking non-iterables after a specialized tuple unpack -> TypeError caught
class Pair:
    def __iter__(self):
        return iter(("p", "q"))

vals = [(1, 2)] * 60 + [None, 5, Pair(), 3.0, {1: 2, 3: 4}, {"a", }, b"ab", bytearray(b"cd")]
for i, v in enumerate(vals):
    try:
        a, b = v
        r = (a, b)
    except (TypeError, ValueError) as e:
        r = type(e).__name__ + ": " + str(e)
    if i >= 59 or i % 20 == 0:
        print(i, r)
