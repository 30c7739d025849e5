# expect: full-stderr
# a wrong argument count: the call site is the last frame
def distance(x1, y1, x2, y2):
    return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
points = [(0, 0), (3, 4)]
print(distance(*points[0], *points[1]))
print(distance(*points[0], points[1]))
