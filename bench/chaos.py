"""Chaos game: iterated function systems drawn into a grid; small classes, float arithmetic, method calls."""

SIZE = 250000  # bench size

WIDTH = 64
HEIGHT = 48


class Random:
    """A small linear congruential generator (the classic C rand constants)."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 2147483648.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class AffineMap:
    """(x, y) -> (a x + b y + e, c x + d y + f), chosen with the given weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Bounds:
    def __init__(self):
        self.min_x = self.min_y = 1e300
        self.max_x = self.max_y = -1e300

    def add(self, p):
        if p.x < self.min_x:
            self.min_x = p.x
        if p.x > self.max_x:
            self.max_x = p.x
        if p.y < self.min_y:
            self.min_y = p.y
        if p.y > self.max_y:
            self.max_y = p.y


class ChaosGame:
    def __init__(self, maps, seed):
        self.maps = maps
        total = 0.0
        for m in maps:
            total += m.weight
        self.cumulative = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.rng = Random(seed)

    def choose(self):
        r = self.rng.random()
        i = 0
        last = len(self.cumulative) - 1
        while i < last and r >= self.cumulative[i]:
            i += 1
        return self.maps[i]

    def run(self, iterations):
        p = Point(0.0, 0.0)
        # Let the orbit settle on the attractor before recording it.
        for _ in range(20):
            p = self.choose().apply(p)
        points = []
        bounds = Bounds()
        for _ in range(iterations):
            p = self.choose().apply(p)
            points.append(p)
            bounds.add(p)
        return points, bounds


def draw(points, bounds):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    span_x = bounds.max_x - bounds.min_x
    span_y = bounds.max_y - bounds.min_y
    for p in points:
        col = int((p.x - bounds.min_x) / span_x * (WIDTH - 1))
        row = int((bounds.max_y - p.y) / span_y * (HEIGHT - 1))
        grid[row][col] += 1
    return grid


def checksum(grid):
    total = 0
    lit = 0
    for r, row in enumerate(grid):
        for c, count in enumerate(row):
            if count:
                lit += 1
                total = (total * 131 + count * (r * WIDTH + c + 1)) % 4294967291
    return total, lit


def fern():
    return [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]


def sierpinski():
    return [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    ]


def dragon():
    return [
        AffineMap(0.824074, 0.281482, -0.212346, 0.864198, -1.882290, -0.110607, 0.787473),
        AffineMap(0.088272, 0.520988, -0.463889, -0.377778, 0.785360, 8.095795, 0.212527),
    ]


def main():
    total = 0
    for name, maps, seed in (("fern", fern(), 1), ("sierpinski", sierpinski(), 2), ("dragon", dragon(), 3)):
        game = ChaosGame(maps, seed)
        points, bounds = game.run(SIZE)
        grid = draw(points, bounds)
        value, lit = checksum(grid)
        print("%s: %d cells lit, x in [%.4f, %.4f], y in [%.4f, %.4f], sum %d"
              % (name, lit, bounds.min_x, bounds.max_x, bounds.min_y, bounds.max_y, value))
        total ^= value
    print("chaos checksum:", total)


if __name__ == "__main__":
    main()
