from _shapes import *
print(sorted(k for k in dir() if not k.startswith("__")))
print(area(6), UNIT)
try:
    _hidden
except NameError as e:
    print("NameError:", e)
