"""Float: many small Point objects (__slots__), float arithmetic, attribute loads and stores."""

SIZE = 800000  # bench size


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        # A point on an ellipse from the rational parametrisation of the circle:
        # t = tan(a / 2) gives sin(a) = 2t / (1 + t*t), cos(a) = (1 - t*t) / (1 + t*t).
        t = (i % 2000) * 0.005 - 5.0
        d = 1.0 + t * t
        self.x = x = 2.0 * t / d
        self.y = (1.0 - t * t) / d * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    total = 0.0
    for p in points:
        total += p.x - p.y + p.z
    return maximize(points), total


def main():
    best, total = benchmark(SIZE)
    print(best)
    print("float checksum: %.6f" % total)


if __name__ == "__main__":
    main()
