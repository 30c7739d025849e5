# del failures
d = {"a": 1}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
lst = [1, 2]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
class O:
    attr = 1
o = O()
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    del w
    w = 2
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
del O.attr
print(hasattr(o, "attr"))
