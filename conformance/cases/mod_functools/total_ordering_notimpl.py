def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
    def __eq__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v == o.v
print(N(1) <= N(2), N(3) >= N(2))
print(N.__ge__(N(1), 5), N.__le__(N(1), "x"))
err(lambda: N(1) >= 5)
err(lambda: N(1) > "a")
err(lambda: functools.total_ordering(object))
class Both:
    def __lt__(self, o):
        return "lt"
    def __gt__(self, o):
        return "gt"
B = functools.total_ordering(Both)
print(B() < B(), B() > B(), B() <= B(), B() >= B())
