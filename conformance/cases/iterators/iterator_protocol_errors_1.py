class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    list(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = NotIterable()
except TypeError as e:
    print("TypeError:", e)
try:
    next(NotIterable())
except TypeError as e:
    print("TypeError:", e)
