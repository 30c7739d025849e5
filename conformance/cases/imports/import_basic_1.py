import _shapes
import _shapes as s2
print(_shapes.area(3), _shapes.UNIT, s2 is _shapes)
print(_shapes.__name__, type(_shapes).__name__)
print(_shapes.Square(4).area())
import _shapes
print("loaded once:", _shapes.loads)
