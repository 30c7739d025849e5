# exceptions are ordinary objects: stored, compared, raised later
errors = [ValueError("a"), KeyError("b"), TypeError("c")]
for err in errors:
    try:
        raise err
    except Exception as e:
        print(type(e).__name__, e is err)
print(ValueError("x") == ValueError("x"), errors[0] == errors[0])
cls = IndexError
try:
    raise cls("from a variable")
except IndexError as e:
    print(repr(e))
def make(kind):
    return {"v": ValueError, "k": KeyError}[kind]("made")
for kind in "vk":
    try:
        raise make(kind)
    except (ValueError, KeyError) as e:
        print(repr(e))
collected = []
for n in [1, 0, 2, 0]:
    try:
        10 / n
    except ZeroDivisionError as e:
        collected.append(e)
print(len(collected), [str(e) for e in collected], collected[0] is collected[1])
e = RuntimeError("attrs")
e.extra = "custom attribute"
print(e.extra, e.__class__.__name__, isinstance(e, Exception))
try:
    raise e
except RuntimeError as caught:
    print(caught.extra, caught.__traceback__ is not None)
print(type(ValueError).__name__, callable(ValueError))
