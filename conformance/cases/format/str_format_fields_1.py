print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}-{a}".format(a=1, b=2))
print("{0}{b}{1}".format(1, 2, b="B"))
print("{{}} {{{0}}} {{".format(7))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format([10, 20], {"key": "v", 2: "two"}))
print("{0[1][0]}".format([[1], ["nested"]]))
class P:
    def __init__(self):
        self.x = 3
        self.y = [4, 5]
        self.inner = self
print("{0.x} {0.y[1]} {p.x} {p.inner.inner.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{0!r:>8} {1!s:*<5}".format("ab", 3))
print("{:{}{}{}}".format(42, "*", "^", 9))
print("{0:{fill}>{width}.{prec}f}".format(3.14159, fill="_", width=10, prec=2))
d = {"name": "Zoe", "n": 3}
print("{name} has {n}".format(**d), "{0}{1}{2}".format(*"abc"))
print("{:d}".format(True), "{}".format(None), "{:>4}".format(True))
