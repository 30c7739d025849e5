import sys
x = 1
y = "two"
def show():
    local_var = 3
    other = [4]
    print(sorted(locals()))
    print(locals()["local_var"], locals()["other"])
    print("x" in globals(), "local_var" in globals())
show()
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
print(globals()["x"], globals()["y"], globals()["__name__"])
globals()["z"] = 26
print(z)
def with_args(a, b=2, *args, **kw):
    return sorted(locals().items())
print(with_args(1, c=3))
print(globals() is globals(), type(globals()).__name__)
