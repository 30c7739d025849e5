# as targets can be any assignment target; exceptions in __exit__
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *args):
        return None
with Pair() as (a, [b, c]):
    print(a, b, c)
class Holder:
    pass
h = Holder()
d = {}
with Pair() as h.value:
    pass
with Pair() as d["k"]:
    pass
print(h.value, d)
with Pair() as (first, *rest):
    print(first, rest)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError replaced body error; context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except KeyError as e:
    print("KeyError from exit without body error:", e.__context__)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
