# int subclass with __bool__ override used in `if x:` after exact ints warmed it up
class Inverted(int):
    def __bool__(self):
        return int(self) == 0

vals = list(range(-5, 60)) + [Inverted(0), Inverted(3)] * 30 + [0, 1] * 10
t = 0
for i, v in enumerate(vals):
    if v:
        t += 1
    r = "yes" if v else "no"
    if i % 15 == 0 or 64 <= i < 68:
        print(i, int(v), type(v).__name__, r, not v)
print(t)
