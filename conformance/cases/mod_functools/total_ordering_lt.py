import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b, c = V(1), V(2), V(1)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a > c)
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v)
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__)
