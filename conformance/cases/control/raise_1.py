# raise a class, an instance, and raise ... from ...
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise ValueError("with", "args")
except ValueError as e:
    print("instance raised:", repr(e), e.args)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no cause") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError("x") from ValueError("explicit cause")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise KeyError from KeyError
except KeyError as e:
    print(repr(e), repr(e.__cause__))
err = OSError("reused")
for i in range(2):
    try:
        raise err
    except OSError as e:
        print(i, e is err)
