# `in` falls back to iteration: any TypeError from iter() reads "argument of type ... is not iterable",
# and `__contains__ = None` is "not a container", as in CPython 3.11.
class C:
    def __iter__(self):
        return 5
class D:
    def __iter__(self):
        raise TypeError("boom")
class E:
    pass
for o in (C(), D(), E(), 3):
    try:
        print(1 in o)
    except TypeError as e:
        print("TypeError:", e)
try:
    2 not in D()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
class F:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(4 in F(), 5 in F(), 6 not in F())
class G:
    def __iter__(self):
        return iter([1, 2])
    __contains__ = None
try:
    1 in G()
except TypeError as e:
    print(e)
