# a nested handler reusing the same name unbinds it for the outer handler too
def same_name():
    try:
        raise KeyError("outer")
    except KeyError as e:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner handler:", repr(e))
        try:
            print(e)
        except NameError as err:
            print(type(err).__name__ + ":", err)
same_name()
def different_names():
    try:
        raise KeyError("outer")
    except KeyError as outer:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            print("inner handler:", repr(inner), "context:", repr(inner.__context__))
        print("outer still bound:", repr(outer))
different_names()
def keep_it():
    saved = None
    try:
        raise IndexError("keep me")
    except IndexError as e:
        saved = e
    return saved
k = keep_it()
print(repr(k), k.__traceback__ is not None)
x = "module level"
try:
    raise TypeError("t")
except TypeError as x:
    pass
print("x" in globals())
