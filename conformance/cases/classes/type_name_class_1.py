class Widget:
    pass
class Gadget(Widget):
    pass
w = Widget()
g = Gadget()
print(type(w).__name__, type(g).__name__, w.__class__.__name__, g.__class__.__bases__[0].__name__)
print(type(w) is Widget, type(g) is Widget, g.__class__ is Gadget, type(Widget).__name__)
print(Widget, Gadget, type(w), type(1), type("s"), type(None), type(type))
print(Widget.__name__, Gadget.__name__, type(Widget) is type)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner, type(Outer.Inner()).__name__)
print(type(3.0).__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__)
print(isinstance(g, Widget), isinstance(w, Gadget), g.__class__.__class__.__name__)
