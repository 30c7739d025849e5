# __cause__, __context__ and __suppress_context__
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot convert {text!r}") from e
try:
    convert("abc")
except TypeError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("same object:", e.__cause__ is e.__context__, "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("hidden")
    except KeyError:
        raise ValueError("visible") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("outside any handler") from IndexError("just a cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
try:
    raise ValueError("with class cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
e = ValueError()
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
