# global inside class bodies and methods; globals() sees the bindings
x = "module x"
class C:
    global x
    x = "set from class body"
    y = "class attribute"
print(x, hasattr(C, "x"), C.y)
class D:
    def set(self, v):
        global x
        x = v
    def get(self):
        return x
d = D()
d.set("set from method")
print(d.get(), x)
def make_global_function():
    global helper
    def helper():
        return "helper defined via global"
make_global_function()
print(helper())
print("helper" in globals(), globals()["x"])
def del_global():
    global x
    del x
del_global()
try:
    print(x)
except NameError as e:
    print("NameError:", e)
