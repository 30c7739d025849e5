# assert with and without a message.
x = 5
assert x
assert x == 5
assert x > 0, "x must be positive"
assert isinstance(x, int), f"got {type(x).__name__}"
assert (x, "parenthesized tuple is always true")
assert x, (x, "tuple message")
assert not not x
assert x if x else False, "conditional"
assert [i for i in range(3)]
assert lambda: 0
def check(v):
    assert v is not None, \
        "v is None"
    assert v in (1, 2, 3), "v out of range: %r" % (v,)
    return v
try:
    assert x < 0, "boom"
except AssertionError as e:
    print("caught", e)
try:
    assert False
except AssertionError as e:
    print("bare", e.args)
print(check(1))
