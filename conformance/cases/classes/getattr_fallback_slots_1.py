# __getattr__ also runs when the normal lookup raises AttributeError (unset slot, property).
class C:
    __slots__ = ('v',)
    def __getattr__(self, name):
        return "fallback " + name
c = C()
print(c.v)
print(c.w)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "ga " + name
print(P().p)
