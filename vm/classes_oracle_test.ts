// Cases and expected outputs generated from CPython 3.11 (PYTHONHASHSEED=0).
import { checkCases } from "./_test_eval.ts";

const CASES: [string, string][] = [
  [
    "(C := type('C', (), {})) and (C, C(), C.__name__, C.__qualname__, C.__module__, C.__bases__, C.__mro__, C.__doc__)",
    "(<class '__main__.C'>, <__main__.C object at 0x?>, 'C', 'C', '__main__', (<class 'object'>,), (<class '__main__.C'>, <class 'object'>), None)",
  ],
  ["type('C', (), {'x': 1}).x, type('C', (), {'x': 1})().x", "(1, 1)"],
  ["type('C', (), {})().x", "!AttributeError: 'C' object has no attribute 'x'"],
  ["type('C', (), {}).y", "!AttributeError: type object 'C' has no attribute 'y'"],
  ["type('C', (), {})(1)", "!TypeError: C() takes no arguments"],
  [
    "type('C', (), {'__init__': lambda s, a: None})(1, 2)",
    "!TypeError: <lambda>() takes 2 positional arguments but 3 were given",
  ],
  [
    "type('C', (), {'__init__': lambda s: 5})()",
    "!TypeError: __init__() should return None, not 'int'",
  ],
  ["object(1), object().__init__(1)", "!TypeError: object() takes no arguments"],
  [
    "type('C', (), {'__init__': lambda s, *a: object.__init__(s, *a)})(1)",
    "!TypeError: object.__init__() takes exactly one argument (the instance to initialize)",
  ],
  [
    "type('C', (), {'__new__': lambda c, *a: object.__new__(c, *a)})(1)",
    "!TypeError: object.__new__() takes exactly one argument (the type to instantiate)",
  ],
  [
    "(C := type('C', (), {'__add__': lambda s, o: 'add', '__radd__': lambda s, o: 'radd'})) and (C() + 1, 1 + C(), C() + C())",
    "('add', 'radd', 'add')",
  ],
  [
    "(A := type('A', (), {'__add__': lambda s, o: 'A.add', '__radd__': lambda s, o: 'A.radd'})) and (B := type('B', (A,), {'__radd__': lambda s, o: 'B.radd'})) and (A() + B(), B() + A(), A() + A())",
    "('B.radd', 'A.add', 'A.add')",
  ],
  [
    "(A := type('A', (), {'__add__': lambda s, o: NotImplemented})) and A() + 1",
    "!TypeError: unsupported operand type(s) for +: 'A' and 'int'",
  ],
  [
    "(A := type('A', (), {'__add__': lambda s, o: NotImplemented})) and 1 - A()",
    "!TypeError: unsupported operand type(s) for -: 'int' and 'A'",
  ],
  [
    "(A := type('A', (), {})) and A() < A()",
    "!TypeError: '<' not supported between instances of 'A' and 'A'",
  ],
  [
    "(A := type('A', (), {'__iadd__': lambda s, o: 'iadd', '__add__': lambda s, o: 'add'})) and [A().__iadd__(1), eval('0') if 0 else 'x']",
    "['iadd', 'x']",
  ],
  [
    "(A := type('A', (), {'__radd__': lambda s, o: 'radd'})) and ([1] + A(), 'a' + A(), (1,) + A())",
    "('radd', 'radd', 'radd')",
  ],
  [
    "(A := type('A', (), {'__rmul__': lambda s, o: 'rmul'})) and ([1] * A(), 3 * A())",
    "('rmul', 'rmul')",
  ],
  [
    "(I := type('I', (), {'__index__': lambda s: 2})) and ([1, 2, 3][I()], [1] * I(), 'ab' * I(), range(10)[I()], bin(I()), (1, 2, 3)[I():])",
    "(3, [1, 1], 'abab', 2, '0b10', (3,))",
  ],
  [
    "(I := type('I', (), {'__index__': lambda s: 2.5})) and [1][I()]",
    "!TypeError: __index__ returned non-int (type float)",
  ],
  [
    "(C := type('C', (), {'__lt__': lambda s, o: 'lt', '__gt__': lambda s, o: 'gt'})) and (C() < 1, 1 < C(), 1 > C(), C() > C())",
    "('lt', 'gt', 'lt', 'gt')",
  ],
  [
    "(C := type('C', (), {'__eq__': lambda s, o: True})) and (C() == 1, C() != 1, 1 == C(), C.__hash__)",
    "(True, False, True, None)",
  ],
  ["hash(type('C', (), {'__eq__': lambda s, o: True})())", "!TypeError: unhashable type: 'C'"],
  [
    "(C := type('C', (), {'__eq__': lambda s, o: True, '__hash__': lambda s: 7})) and hash(C())",
    "7",
  ],
  [
    "hash(type('C', (), {'__hash__': lambda s: 'x'})())",
    "!TypeError: __hash__ method should return an integer",
  ],
  [
    "hash(type('C', (), {'__hash__': lambda s: 2**64})()), hash(type('C', (), {'__hash__': lambda s: -1})())",
    "(8, -2)",
  ],
  [
    "(C := type('C', (), {'__bool__': lambda s: False})) and (bool(C()), not C(), C() or 5)",
    "(False, True, 5)",
  ],
  [
    "bool(type('C', (), {'__bool__': lambda s: 1})())",
    "!TypeError: __bool__ should return bool, returned int",
  ],
  ["(C := type('C', (), {'__len__': lambda s: 0})) and (bool(C()), len(C()))", "(False, 0)"],
  ["len(type('C', (), {'__len__': lambda s: -1})())", "!ValueError: __len__() should return >= 0"],
  [
    "len(type('C', (), {'__len__': lambda s: 1.5})())",
    "!TypeError: 'float' object cannot be interpreted as an integer",
  ],
  [
    "len(type('C', (), {'__len__': lambda s: 2**70})())",
    "!OverflowError: cannot fit 'int' into an index-sized integer",
  ],
  ["len(type('C', (), {})())", "!TypeError: object of type 'C' has no len()"],
  [
    "(S := type('S', (), {'__getitem__': lambda s, i: [10, 20][i]})) and (list(S()), 20 in S(), 5 in S(), list(reversed(type('R', (S,), {'__len__': lambda s: 2})())))",
    "([10, 20], True, False, [20, 10])",
  ],
  [
    "iter(type('C', (), {'__iter__': lambda s: 1})())",
    "!TypeError: iter() returned non-iterator of type 'int'",
  ],
  [
    "(C := type('C', (), {'__contains__': lambda s, x: x == 3})) and (3 in C(), 4 in C(), 4 not in C())",
    "(True, False, True)",
  ],
  [
    "(C := type('C', (), {'__getattr__': lambda s, n: n * 2})) and (C().ab, getattr(C(), 'x'), hasattr(C(), 'zz'))",
    "('abab', 'xx', True)",
  ],
  [
    "(C := type('C', (), {'__getattribute__': lambda s, n: n.upper()})) and (C().abc, C().__class__)",
    "('ABC', '__CLASS__')",
  ],
  [
    "(C := type('C', (), {'p': property(lambda s: 42)})) and (C().p, C.p.fget(0), type(C.p))",
    "(42, 42, <class 'property'>)",
  ],
  [
    "setattr(type('C', (), {'p': property(lambda s: 42)})(), 'p', 1)",
    "!AttributeError: property 'p' of 'C' object has no setter",
  ],
  [
    "delattr(type('C', (), {'p': property(lambda s: 42)})(), 'p')",
    "!AttributeError: property 'p' of 'C' object has no deleter",
  ],
  [
    "type('C', (), {'p': property()})().p",
    "!AttributeError: property 'p' of 'C' object has no getter",
  ],
  [
    "(C := type('C', (), {'p': property(lambda s: s.__dict__.get('v', 0), lambda s, v: s.__dict__.__setitem__('v', v))})) and (c := C()) and (setattr(c, 'p', 5), c.p, c.__dict__)",
    "(None, 5, {'v': 5})",
  ],
  [
    "(C := type('C', (), {'f': classmethod(lambda c, x: (c.__name__, x)), 'g': staticmethod(lambda x: x * 2)})) and (C.f(1), C().f(2), C.g(3), C().g(4))",
    "(('C', 1), ('C', 2), 6, 8)",
  ],
  [
    "(C := type('C', (), {'f': lambda s: s})) and (c := C()) and (c.f() is c, C.f(5), type(c.f).__name__, c.f == c.f, c.f.__self__ is c)",
    "(True, 5, 'method', True, True)",
  ],
  [
    "(S := type('S', (), {'__slots__': ('a', 'b')})) and (s := S()) and (setattr(s, 'a', 1), s.a, hasattr(s, 'b'), hasattr(s, '__dict__'), S.a)",
    "(None, 1, False, False, <member 'a' of 'S' objects>)",
  ],
  ["type('S', (), {'__slots__': ('a',)})().a", "!AttributeError: 'S' object has no attribute 'a'"],
  [
    "setattr(type('S', (), {'__slots__': ('a',)})(), 'b', 1)",
    "!AttributeError: 'S' object has no attribute 'b'",
  ],
  ["delattr(type('S', (), {'__slots__': ('a',)})(), 'a')", "!AttributeError: a"],
  [
    "type('S', (), {'__slots__': ('a',), 'a': 1})",
    "!ValueError: 'a' in __slots__ conflicts with class variable",
  ],
  ["type('S', (), {'__slots__': ('1a',)})", "!TypeError: __slots__ must be identifiers"],
  [
    "(S := type('S', (), {'__slots__': ('a',)})) and (T := type('T', (S,), {})) and (t := T()) and (setattr(t, 'a', 1), setattr(t, 'z', 2), t.a, t.z, t.__dict__)",
    "(None, None, 1, 2, {'z': 2})",
  ],
  [
    "(C := type('C', (), {})) and (c := C()) and (setattr(c, 'x', 1), setattr(c, 'y', 2), vars(c), c.__dict__ is c.__dict__, delattr(c, 'x'), vars(c))",
    "(None, None, {'y': 2}, True, None, {'y': 2})",
  ],
  [
    "(C := type('C', (), {})) and (c := C()) and (c.__dict__.__setitem__('k', 3), c.k)",
    "(None, 3)",
  ],
  ["delattr(type('C', (), {})(), 'x')", "!AttributeError: 'C' object has no attribute 'x'"],
  ["vars(1)", "!TypeError: vars() argument must have __dict__ attribute"],
  [
    "(A := type('A', (), {})) and (B := type('B', (A,), {})) and type('C', (A, B), {})",
    "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
  ],
  [
    "(A := type('A', (), {})) and (B := type('B', (A,), {})) and type('C', (B, A), {}).__mro__",
    "(<class '__main__.C'>, <class '__main__.B'>, <class '__main__.A'>, <class 'object'>)",
  ],
  [
    "(O := type('O', (), {})) and (A := type('A', (O,), {})) and (B := type('B', (O,), {})) and (C := type('C', (A, B), {})) and (D := type('D', (B, A), {})) and type('E', (C, D), {})",
    "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
  ],
  [
    "(X := type('X', (), {})) and (Y := type('Y', (), {})) and (A := type('A', (X, Y), {})) and (B := type('B', (Y, X), {})) and type('Z', (A, B), {})",
    "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y",
  ],
  [
    "type('K1', (), {}) and type('D', (int, str), {})",
    "!TypeError: multiple bases have instance lay-out conflict",
  ],
  ["type('D', (bool,), {})", "!TypeError: type 'bool' is not an acceptable base type"],
  ["type('D', (range,), {})", "!TypeError: type 'range' is not an acceptable base type"],
  ["(A := type('A', (), {})) and type('D', (A, A), {})", "!TypeError: duplicate base class A"],
  ["type('T', (), [])", "!TypeError: type.__new__() argument 3 must be dict, not list"],
  ["type(1, (), {})", "!TypeError: type.__new__() argument 1 must be str, not int"],
  [
    "type('T', (1,), {})",
    "!TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
  ],
  ["type(1, 2)", "!TypeError: type() takes 1 or 3 arguments"],
  [
    "type(5), type('x'), type(1.5), type(True), type(None), type([]), type(type), type(len), type(lambda: 0), type(iter([]))",
    "(<class 'int'>, <class 'str'>, <class 'float'>, <class 'bool'>, <class 'NoneType'>, <class 'list'>, <class 'type'>, <class 'builtin_function_or_method'>, <class 'function'>, <class 'list_iterator'>)",
  ],
  [
    "(A := type('A', (), {'f': lambda s: 'A.f'})) and (B := type('B', (A,), {'f': lambda s: 'B.f+' + super(B, s).f()})) and B().f()",
    "'B.f+A.f'",
  ],
  [
    "(A := type('A', (), {'f': classmethod(lambda c: c.__name__)})) and (B := type('B', (A,), {})) and (super(B, B).f(), super(B, B()).f())",
    "('B', 'B')",
  ],
  ["super(int, 'x')", "!TypeError: super(type, obj): obj must be an instance or subtype of type"],
  ["super(1, 2)", "!TypeError: super() argument 1 must be a type, not int"],
  ["super(int)", "<super: <class 'int'>, NULL>"],
  [
    "(L := type('L', (list,), {})) and (l := L([1, 2])) and (l, type(l), l + [3], len(l), isinstance(l, list), l == [1, 2], setattr(l, 'x', 1), l.x)",
    "([1, 2], <class '__main__.L'>, [1, 2, 3], 2, True, True, None, 1)",
  ],
  [
    "(I := type('I', (int,), {})) and (i := I(5)) and (i, i + 1, type(i + 1), i * 2, -i, i == 5, hash(i) == hash(5), str(i), isinstance(i, int), [1, 2, 3, 4, 5, 6][i])",
    "(5, 6, <class 'int'>, 10, -5, True, True, '5', True, 6)",
  ],
  [
    "(I := type('I', (int,), {'__repr__': lambda s: 'I!'})) and (I(3), str(I(3)), f'{I(3)}', I(3) + 1)",
    "(I!, 'I!', 'I!', 4)",
  ],
  [
    "(S := type('S', (str,), {})) and (s := S('ab')) and (s, s + 'c', s.upper(), len(s), s == 'ab', {s: 1}['ab'], s * 2, 'a' in s)",
    "('ab', 'abc', 'AB', 2, True, 1, 'abab', True)",
  ],
  [
    "(F := type('F', (float,), {})) and (f := F(1.5)) and (f, f + 1, type(f + 1), f == 1.5)",
    "(1.5, 2.5, <class 'float'>, True)",
  ],
  [
    "(D := type('D', (dict,), {'__missing__': lambda s, k: k * 2})) and (d := D(a=1)) and (d, d['a'], d['zz'], d.get('zz'), len(d), type(d).__name__)",
    "({'a': 1}, 1, 'zzzz', None, 1, 'D')",
  ],
  [
    "(T := type('T', (tuple,), {})) and (t := T([1, 2])) and (t, t + (3,), len(t), t[0], type(t[:1]))",
    "((1, 2), (1, 2, 3), 2, 1, <class 'tuple'>)",
  ],
  [
    "(E := type('E', (Exception,), {})) and (E('x'), str(E('x')), E('x').args, E(), str(E()), E(1, 2), isinstance(E(), Exception), E.__mro__)",
    "(E('x'), 'x', ('x',), E(), '', E(1, 2), True, (<class '__main__.E'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>))",
  ],
  [
    "ValueError(), ValueError('x'), ValueError(1, 2), KeyError('x'), str(KeyError('x')), str(KeyError()), str(KeyError(1, 2)), StopIteration(5).value, SystemExit(3).code, SystemExit().code",
    "(ValueError(), ValueError('x'), ValueError(1, 2), KeyError('x'), \"'x'\", '', '(1, 2)', 5, 3, None)",
  ],
  [
    "str(ValueError('x')), str(ValueError()), str(ValueError(1, 2)), repr(Exception(None)), str(OSError(2, 'no'))",
    "('x', '', '(1, 2)', 'Exception(None)', '[Errno 2] no')",
  ],
  ["ValueError(x=1)", "!TypeError: ValueError() takes no keyword arguments"],
  [
    "AttributeError('a', name='n', obj=1).name, NameError(name='q').name, ImportError('m', name='x').msg",
    "('n', 'q', 'm')",
  ],
  [
    "(e := ValueError(1)) and (e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.with_traceback(None) is e)",
    "(None, None, False, None, True)",
  ],
  [
    "BaseException.__mro__, KeyError.__mro__, UnboundLocalError.__mro__, ModuleNotFoundError.__mro__, RecursionError.__mro__, NotImplementedError.__mro__, ZeroDivisionError.__mro__, StopIteration.__mro__, GeneratorExit.__mro__, KeyboardInterrupt.__mro__, SystemExit.__mro__",
    "((<class 'BaseException'>, <class 'object'>), (<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'UnboundLocalError'>, <class 'NameError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'ModuleNotFoundError'>, <class 'ImportError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'RecursionError'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'NotImplementedError'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'ZeroDivisionError'>, <class 'ArithmeticError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'StopIteration'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>), (<class 'GeneratorExit'>, <class 'BaseException'>, <class 'object'>), (<class 'KeyboardInterrupt'>, <class 'BaseException'>, <class 'object'>), (<class 'SystemExit'>, <class 'BaseException'>, <class 'object'>))",
  ],
  [
    "isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)), isinstance([], (tuple, (str, list))), isinstance(1, int | str), issubclass(int, object)",
    "(True, True, False, True, True, True, True)",
  ],
  [
    "isinstance(1, 1)",
    "!TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
  ],
  ["issubclass(1, int)", "!TypeError: issubclass() arg 1 must be a class"],
  [
    "issubclass(int, 1)",
    "!TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
  ],
  [
    "(C := type('C', (), {'__call__': lambda s, x: x + 1})) and (C()(1), callable(C()), callable(C), callable(1))",
    "(2, True, True, False)",
  ],
  ["type('C', (), {})()()", "!TypeError: 'C' object is not callable"],
  ["1()", "!TypeError: 'int' object is not callable"],
  [
    "(C := type('C', (), {'__str__': lambda s: 'S', '__repr__': lambda s: 'R'})) and (str(C()), repr(C()), f'{C()}', f'{C()!r}', [C()])",
    "('S', 'R', 'S', 'R', [R])",
  ],
  [
    "(C := type('C', (), {'__repr__': lambda s: 'R'})) and (str(C()), format(C(), ''))",
    "('R', 'R')",
  ],
  [
    "format(type('C', (), {})(), 'x')",
    "!TypeError: unsupported format string passed to C.__format__",
  ],
  [
    "str(type('C', (), {'__str__': lambda s: 1})())",
    "!TypeError: __str__ returned non-string (type int)",
  ],
  [
    "repr(type('C', (), {'__repr__': lambda s: 1})())",
    "!TypeError: __repr__ returned non-string (type int)",
  ],
  [
    "(C := type('C', (), {'__format__': lambda s, spec: 'F' + spec})) and (format(C(), 'xy'), f'{C():ab}')",
    "('Fxy', 'Fab')",
  ],
  [
    "(A := type('A', (), {})) and (B := type('B', (), {})) and (a := A()) and (setattr(a, '__class__', B), type(a).__name__)",
    "(None, 'B')",
  ],
  [
    "setattr(1, '__class__', str)",
    "!TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
  ],
  ["setattr(1, 'x', 1)", "!AttributeError: 'int' object has no attribute 'x'"],
  ["setattr([], 'append', 1)", "!AttributeError: 'list' object attribute 'append' is read-only"],
  ["setattr(int, 'x', 1)", "!TypeError: cannot set 'x' attribute of immutable type 'int'"],
  ["(1).real.__class__, (1).x", "!AttributeError: 'int' object has no attribute 'x'"],
  [
    "int.__add__(1, 2), int.__add__(1, 1.5), list.append.__name__, int.__dict__['__add__'], list.__dict__['append'], int.__add__",
    "(3, NotImplemented, 'append', <slot wrapper '__add__' of 'int' objects>, <method 'append' of 'list' objects>, <slot wrapper '__add__' of 'int' objects>)",
  ],
  [
    "int.__add__('a', 1)",
    "!TypeError: descriptor '__add__' requires a 'int' object but received a 'str'",
  ],
  [
    "list.append(1, 2)",
    "!TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
  ],
  ["list.append()", "!TypeError: unbound method list.append() needs an argument"],
  ["int.__add__(1)", "!TypeError: expected 1 argument, got 0"],
  ["(1).__add__(1, 2)", "!TypeError: expected 1 argument, got 2"],
  [
    "dir(type('C', (), {'x': 1}))",
    "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'x']",
  ],
  [
    "dir(type('C', (), {'x': 1})())",
    "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'x']",
  ],
  [
    "(A := type('A', (), {})) and (B := type('B', (A,), {})) and A.__subclasses__()",
    "[<class '__main__.B'>]",
  ],
  [
    "(C := type('C', (), {'__init_subclass__': lambda c, **kw: setattr(c, 'kw', kw)})) and type('D', (C,), {}, x=1).kw",
    "{'x': 1}",
  ],
  ["type('D', (), {}, x=1)", "!TypeError: D.__init_subclass__() takes no keyword arguments"],
  [
    "(C := type('C', (), {'__class_getitem__': lambda c, i: ('cgi', i)})) and C[int]",
    "('cgi', <class 'int'>)",
  ],
  [
    "list[int], dict[str, int], tuple[int, ...], int | str, int | None, list[int] == list[int]",
    "(list[int], dict[str, int], tuple[int, ...], int | str, int | None, True)",
  ],
  ["int[1]", "!TypeError: type 'int' is not subscriptable"],
  [
    "(C := type('C', (), {'x': 1})) and (setattr(C, 'x', 2), C.x, C().x, setattr(C, 'y', 3), C.y, delattr(C, 'y'), hasattr(C, 'y'))",
    "(None, 2, 2, None, 3, None, False)",
  ],
  [
    "delattr(type('C', (), {}), 'nope')",
    "!AttributeError: type object 'C' has no attribute 'nope'",
  ],
  [
    "int.__name__, int.__qualname__, int.__module__, object.__bases__, bool.__mro__, type.__mro__, type(type).__name__",
    "('int', 'int', 'builtins', (), (<class 'bool'>, <class 'int'>, <class 'object'>), (<class 'type'>, <class 'object'>), 'type')",
  ],
  [
    "(C := type('C', (), {})) and (setattr(C, '__name__', 'D'), C, C.__name__, C.__qualname__)",
    "(None, <class '__main__.C'>, 'D', 'C')",
  ],
  [
    "(C := type('C', (), {})) and setattr(C, '__name__', 1)",
    "!TypeError: can only assign string to C.__name__, not 'int'",
  ],
];

Deno.test("classes: creation, attributes, descriptors, dispatch as CPython", () =>
  checkCases(CASES));
