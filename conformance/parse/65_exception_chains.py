# Exception classes, chaining and handlers.
class AppError(Exception):
    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    pass
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise NotFound(f"missing {key!r}", code=404) from e
def convert(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        raise AppError("bad number")
def cleanup():
    try:
        raise RuntimeError("first")
    except RuntimeError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            return inner.__context__
for action in (lambda: lookup({}, "k"), lambda: convert("x"), cleanup):
    try:
        result = action()
    except NotFound as err:
        print("not found", err.code, type(err.__cause__).__name__)
    except AppError as err:
        print("app error", err, err.__context__ is not None)
    else:
        print("ok", result)
    finally:
        pass
try:
    raise NotFound("x") from None
except AppError as e:
    print(e.__suppress_context__, e.__cause__)
