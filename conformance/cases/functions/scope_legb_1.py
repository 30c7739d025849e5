# name resolution: local, enclosing, global, built-in
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
print = print
def uses_global_print():
    print("global alias of the builtin works")
uses_global_print()
max = "not the builtin"
def sees_global_max():
    return max
print(sees_global_max())
del max
print(max(1, 2))
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def comprehension_sees_enclosing():
    y = 3
    return [y * i for i in range(3)]
print(comprehension_sees_enclosing())
def undefined():
    return not_defined_anywhere
try:
    undefined()
except NameError as e:
    print("NameError:", e)
