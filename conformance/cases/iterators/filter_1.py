print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, -1])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(None, [])), list(filter(bool, (0, 2))), "".join(filter(str.isalpha, "h3ll0 w0rld")))
f = filter(lambda x: x > 2, [1, 5, 2, 7])
print(type(f).__name__, next(f), list(f), list(f))
class Falsy:
    def __bool__(self):
        return False
print(len(list(filter(None, [Falsy(), Falsy()]))))
try:
    list(filter(None, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(lambda: True, [1]))
except TypeError as e:
    print("TypeError:", e)
