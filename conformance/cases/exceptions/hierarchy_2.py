# catching through base classes
def catch(thunk):
    try:
        thunk()
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__
    except NameError as e:
        return "NameError caught " + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError caught " + type(e).__name__
    except Exception as e:
        return "Exception caught " + type(e).__name__
def unbound():
    v += 1
def not_impl():
    raise NotImplementedError
def deep(n):
    return deep(n + 1)
tests = [lambda: [][1], lambda: {}["k"], lambda: 1 / 0, lambda: 2.0 ** 5000,
         lambda: undefined_thing, unbound, not_impl, lambda: deep(0),
         lambda: int("x"), lambda: None.attr, lambda: 1 + "1"]
for t in tests:
    print(catch(t))
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        try:
            raise exc
        except Exception:
            print("never")
    except BaseException as e:
        print(type(e).__name__, "passed through except Exception")
