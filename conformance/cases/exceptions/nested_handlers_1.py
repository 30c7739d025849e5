# handlers at different levels and exceptions raised from inside handlers
def inner():
    try:
        return [][0]
    except IndexError as e:
        raise KeyError("converted in inner") from e
def middle():
    try:
        inner()
    except KeyError as e:
        print("middle sees", repr(e), "cause", repr(e.__cause__))
        raise
def outer():
    try:
        middle()
    except LookupError as e:
        print("outer sees", type(e).__name__)
        return "handled at outer"
    finally:
        print("outer finally")
print(outer())
def handler_error():
    try:
        raise ValueError("first")
    except ValueError:
        undefined_in_handler
try:
    handler_error()
except NameError as e:
    print(type(e).__name__, "| context:", repr(e.__context__))
def deep_context():
    try:
        try:
            try:
                raise ValueError(1)
            except ValueError:
                raise TypeError(2)
        except TypeError:
            raise KeyError(3)
    except KeyError as e:
        chain = []
        while e:
            chain.append(type(e).__name__)
            e = e.__context__
        return chain
print(deep_context())
