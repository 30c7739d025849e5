# which handler matches: order, tuples, base classes
def test(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup subclass: " + type(e).__name__
    except LookupError as e:
        return "LookupError itself"
    except ArithmeticError:
        return "arithmetic: " + type(exc).__name__
    except Exception as e:
        return "generic Exception: " + type(e).__name__
    except BaseException as e:
        return "BaseException: " + type(e).__name__
for exc in [KeyError("k"), IndexError(1), LookupError(), ZeroDivisionError(),
            OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit(2),
            GeneratorExit(), StopIteration(), RecursionError(), UnboundLocalError()]:
    print(test(exc))
try:
    raise ValueError
except:
    print("bare except caught ValueError")
def first_match():
    try:
        {}["x"]
    except Exception:
        return "Exception listed first wins"
    except KeyError:
        return "never"
print(first_match())
