# user exception hierarchies and multiple inheritance
class Base(Exception): pass
class Network(Base): pass
class Timeout(Network): pass
class Parse(Base): pass
class BadKey(Parse, KeyError): pass
def handle(exc):
    try:
        raise exc
    except Timeout:
        return "timeout handler"
    except Network:
        return "network handler"
    except KeyError as e:
        return "KeyError handler for " + type(e).__name__
    except Base:
        return "base handler"
for exc in [Timeout(), Network(), BadKey("k"), Parse(), Base()]:
    print(type(exc).__name__, "->", handle(exc))
print([c.__name__ for c in BadKey.__mro__])
print(isinstance(BadKey(), LookupError), str(BadKey("k")))
class Retryable:
    retry = True
class FlakyError(Retryable, RuntimeError):
    pass
try:
    raise FlakyError("flaky")
except RuntimeError as e:
    print("caught as RuntimeError, retry =", e.retry, e)
