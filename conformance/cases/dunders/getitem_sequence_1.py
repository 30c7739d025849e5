class Rev:
    def __init__(self, s):
        self.s = s
    def __len__(self):
        return len(self.s)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Rev(self.s[::-1][i][::-1])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Rev index out of range")
        return self.s[len(self.s) - 1 - i]
    def __repr__(self):
        return f"Rev({self.s!r})"
r = Rev("abcde")
print(r[0], r[-1], len(r), list(r), r[1:3], "".join(r))
print("c" in r, "z" in r, list(reversed(r)), sorted(r))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *c = r
print(a, b, c)
