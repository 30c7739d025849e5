class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly!"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {b: 1} == {b: 1})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(StrOnly()), f"{StrOnly()}", repr(StrOnly()).startswith("<__main__.StrOnly object at"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
