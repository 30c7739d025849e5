# deep but finite recursion through __eq__ and __repr__ of user classes
import sys
sys.setrecursionlimit(10000)
class Link:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest
    def __eq__(self, other):
        return (isinstance(other, Link) and self.value == other.value
                and self.rest == other.rest)
    def __repr__(self):
        return f"{self.value}->{self.rest!r}" if self.rest else f"{self.value}"
def build(values):
    head = None
    for v in reversed(values):
        head = Link(v, head)
    return head
a = build(list(range(5)))
print(a, a == build([0, 1, 2, 3, 4]), a == build([0, 1, 2, 3, 5]))
long_a = build(list(range(1500)))
long_b = build(list(range(1500)))
print(long_a == long_b)
long_b.rest.rest.value = "changed"
print(long_a == long_b)
text = repr(long_a)
print(len(text), text[:20], text[-12:])
x = [[[[[[1]]]]]]
y = [[[[[[1]]]]]]
print(x == y, x == [[[[[[2]]]]]])
