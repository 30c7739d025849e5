# argument errors raised when calling classes go through __init__ and __new__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def attempt(thunk):
    try:
        obj = thunk()
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, y=2, z=3))
attempt(lambda: Point(x=1, y=2))
class Empty:
    pass
attempt(lambda: Empty(1))
attempt(lambda: Empty(a=1))
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
attempt(lambda: WithNew())
attempt(lambda: WithNew(1, 2))
attempt(lambda: WithNew(1))
class Child(Point):
    pass
attempt(lambda: Child())
attempt(lambda: int(1, 2, 3))
attempt(lambda: object(1))
