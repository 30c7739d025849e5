# assert with and without messages
assert True
assert 1 == 1, "never shown"
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is false"
except AssertionError as e:
    print("message:", e)
try:
    x = 5
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
def message():
    print("message evaluated")
    return "lazy"
assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print("caught", e)
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e), str(e))
print(issubclass(AssertionError, Exception))
