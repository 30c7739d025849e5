# len() specialized on lists, then objects whose __len__ returns bool, big int, negative, non-int
class Ln:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

items = [[1, 2]] * 60 + [Ln(3), Ln(True), Ln(-1), Ln(2 ** 70), Ln("x"), Ln(2.0), "abc", (1,), {1: 2}]
for i, o in enumerate(items):
    try:
        r = len(o)
    except (TypeError, ValueError, OverflowError) as e:
        r = type(e).__name__ + ": " + str(e)
    if i >= 58 or i % 20 == 0:
        print(i, r)
