# __getitem__ receives ints, slices, tuples and Ellipsis unchanged
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[-1], s["k"])
print(s[1:2], s[1:], s[:2], s[::3], s[:])
print(s[1, 2], s[1:2, 3], s[::, ::-1])
print(s[...], s[..., 0], s[()], s[(1,)])
print(s[1:2:3, ..., None])
class Grid:
    def __init__(self):
        self.rows = [[r * 3 + c for c in range(3)] for r in range(3)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]
g = Grid()
print(g[1], g[1, 2], g[:, 0], g[::-1, 1], g[-1][-1])
print(type(s[:]).__name__, type(s[...]).__name__, Ellipsis, ...)
