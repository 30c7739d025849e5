"""Helper module for the import cases: imported, never run directly."""
__all__ = ["area", "Square", "UNIT"]

UNIT = 1
_hidden = "private"
loads = 0


def area(side):
    return side * side


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side)


loads += 1
print("loading", __name__)
