from _shapes import area, Square as Sq, UNIT
print(area(5), Sq(2).area(), UNIT)
from _shapes import area as a2
print(a2 is area)
import sys
print("_shapes" in sys.modules, sys.modules["_shapes"].area is area)
