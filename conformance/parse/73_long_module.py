"""A longer module mixing many constructs, as ordinary scripts do."""
import math
import sys
from collections import defaultdict, namedtuple

Point = namedtuple("Point", ["x", "y"])
REGISTRY = defaultdict(list)


def register(kind):
    def decorator(cls):
        REGISTRY[kind].append(cls)
        return cls
    return decorator


@register("shape")
class Circle:
    sides = 0

    def __init__(self, center: Point, radius: float = 1.0) -> None:
        self.center = center
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def __repr__(self) -> str:
        return f"Circle({self.center!r}, r={self.radius:.2f})"


@register("shape")
class Square(Circle):
    sides = 4

    def area(self) -> float:
        return (2 * self.radius) ** 2


def stats(values):
    n = len(values)
    if not n:
        return None
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return {"n": n, "mean": mean, "std": var ** 0.5}


def main(argv):
    shapes = [cls(Point(i, -i), radius=i / 2) for i, cls in enumerate(REGISTRY["shape"] * 3, start=1)]
    areas = sorted((s.area() for s in shapes), reverse=True)
    summary = stats(areas)
    for key, value in sorted(summary.items()):
        print(f"{key:>5}: {value:10.4f}")
    try:
        first, *_, last = shapes
    except ValueError:
        first = last = None
    else:
        print(first, last, sep=" ... ")
    finally:
        print("done", file=sys.stdout)
    return 0 if summary else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
