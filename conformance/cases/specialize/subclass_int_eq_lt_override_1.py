# int subclass overriding __eq__ and __lt__ in a specialized compare
class Weird(int):
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return False
    __hash__ = int.__hash__

vals = list(range(70)) + [Weird(5), Weird(100)] * 20 + list(range(30))
eqs = lts = 0
for i, v in enumerate(vals):
    if v == 5:
        eqs += 1
    if v < 50:
        lts += 1
    if i % 12 == 0 or 68 <= i < 74:
        print(i, type(v).__name__, v == 5, v < 50, 5 == v, 50 > v)
print(eqs, lts)
