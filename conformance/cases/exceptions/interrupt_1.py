# KeyboardInterrupt and GeneratorExit are BaseExceptions
def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception handler: " + type(e).__name__
    except BaseException as e:
        return "BaseException handler: " + type(e).__name__
print(run(KeyboardInterrupt))
print(run(GeneratorExit))
print(run(SystemExit))
print(run(ValueError))
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print(repr(e), e.args)
def bare_except():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except catches everything"
print(bare_except())
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("never")
except MyBase as e:
    print("custom BaseException subclass:", e)
