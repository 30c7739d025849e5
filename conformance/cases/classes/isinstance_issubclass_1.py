class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object), issubclass(B, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(A(), type), issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (1,))
except TypeError as e:
    print("TypeError:", e)
