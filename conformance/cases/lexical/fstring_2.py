# conversions !r !s !a
s = "café\n"
print(f"{s!r}")
print(f"{s!s}|")
print(f"{s!a}")
class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p!s} {p!r} {p!a}")
print(f"{'x'!r} {1!r} {1.5!r} {None!r}")
print(f"{[s]!s} {(s,)!r}")
print(f"{'😀'!a} {'😀'!r}")
print(f"{p!r:>10}|{p!s:<8}|")
print(f"{'ab'!r:*^10}")
print(f"{42!s:>5}", f"{42!r:0>5}")
print(f"{b'x'!r} {b'x'!s}")
