# except (A, B) as e, tuples held in variables, nested tuples
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + repr(e)
    except (ValueError, TypeError) as e:
        return "value/type: " + repr(e)
    except (ZeroDivisionError,) as e:
        return "one-element tuple: " + repr(e)
for exc in [KeyError("a"), IndexError(2), ValueError("v"), TypeError(), ZeroDivisionError("z")]:
    print(classify(exc))
HANDLED = (AttributeError, NameError)
try:
    undefined_variable_xyz
except HANDLED as e:
    print("tuple in a variable caught", type(e).__name__)
try:
    try:
        raise OverflowError("o")
    except (KeyError, (ValueError, OverflowError)):
        print("nested tuples are not allowed")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
try:
    raise KeyError("x")
except () as e:
    print("empty tuple never matches")
except KeyError:
    print("fell to the next handler")
def choose():
    print("evaluating the except expression")
    return KeyError
try:
    raise KeyError(1)
except choose() as e:
    print("dynamic class", repr(e))
try:
    try:
        raise IndexError(0)
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
