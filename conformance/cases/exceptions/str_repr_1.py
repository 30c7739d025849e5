# str and repr of specific built-in exceptions
print(repr(KeyError("k")), str(KeyError("k")))
print(repr(KeyError()), repr(str(KeyError())))
print(str(KeyError("a", "b")), str(KeyError(1)), str(KeyError(None)))
print(repr(IndexError("list index out of range")), str(IndexError(3)))
print(repr(StopIteration()), repr(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit("m").code)
print(SystemExit(1, 2).code)
print(repr(ZeroDivisionError("division by zero")))
print(repr(AssertionError()), repr(NotImplementedError("todo")))
print(repr(KeyboardInterrupt()), repr(GeneratorExit()))
print(str(AttributeError("obj has no attr")), repr(NameError("n")))
print(repr(UnboundLocalError("u")), repr(RecursionError("r")), repr(OverflowError()))
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), "|", e, "|", e.args)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(repr(e), "|", e, "|", e.args)
try:
    {}[""]
except KeyError as e:
    print(repr(e), "|", e)
