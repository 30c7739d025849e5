# str.format field names, indexes, attributes, conversions and nested specs
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{x} {y} {x}".format(x=1, y=2))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "k"}, 5))
print("{0[0]} {0[2]}".format([10, 20, 30]))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{}}|{:.{}f}".format("ab", 5, 3.14159, 2))
print("{0:{1}{2}{3}}".format(7, "*", "^", 9))
print("{{}} {{{}}}".format("x"))
class Obj:
    attr = "attribute"
    items = ["i0", "i1"]
print("{0.attr} {0.items[1]}".format(Obj))
print("{:,} {:_b} {:#o}".format(10**6, 10, 8))
print("{a[0]}{a[1]}".format(a="xy"))
print("{0!r:^10}".format("q"))
print("{}{}".format(*"ab"), "{k}".format(**{"k": "v"}))
