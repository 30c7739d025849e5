# AssertionError raised by assert and by hand
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
for v in [5, 0, -2]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert isinstance("s", int), ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
try:
    raise AssertionError
except AssertionError as e:
    print(repr(e), repr(str(e)))
try:
    assert 1 > 2
except AssertionError as e:
    print("empty args:", e.args)
class Obj:
    def __repr__(self):
        return "Obj()"
try:
    assert False, Obj()
except AssertionError as e:
    print(e.args, str(e))
def assert_in_loop(values):
    for v in values:
        assert v != "bad", "found bad at index " + str(values.index(v))
    return "all good"
for vals in (["a", "b"], ["a", "bad"]):
    try:
        print(assert_in_loop(vals))
    except AssertionError as e:
        print(e)
