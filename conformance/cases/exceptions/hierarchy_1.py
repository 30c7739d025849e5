# the built-in exception hierarchy
pairs = [
    (Exception, BaseException), (ArithmeticError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (LookupError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (ValueError, Exception), (TypeError, Exception), (AttributeError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError),
    (StopIteration, Exception), (RuntimeError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (AssertionError, Exception), (ImportError, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException),
]
for child, parent in pairs:
    print(f"{child.__name__:20} < {parent.__name__:16} {issubclass(child, parent)}")
for cls in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    print(cls.__name__, "is an Exception:", issubclass(cls, Exception))
print(issubclass(ZeroDivisionError, LookupError), issubclass(KeyError, IndexError))
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
print(isinstance(KeyError("k"), LookupError), isinstance(SystemExit(), Exception))
print(issubclass(ModuleNotFoundError, ImportError))
