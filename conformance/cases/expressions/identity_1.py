# is / is not test object identity, == tests equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(True is True, False is not True)
print((1 == 1) is True, bool([]) is False)
class Always:
    def __eq__(self, other):
        return True
o = Always()
print(o == None, o is None, o == 1)
def f():
    pass
print(f is f, f() is None)
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int), int is not bool)
s = "text"
t = s
print(s is t, Ellipsis is ..., NotImplemented is NotImplemented)
lst = [a, a]
print(lst[0] is lst[1], [c] == [a], [c][0] is a)
