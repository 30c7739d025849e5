import _shapes
print(_shapes.__doc__)
print(_shapes.__file__.endswith("_shapes.py"))
print("area" in _shapes.__dict__, "_hidden" in vars(_shapes))
_shapes.extra = 5
print(_shapes.extra)
try:
    _shapes.missing
except AttributeError as e:
    print(e)
