# sign options: + - space
for v in [42, -42, 0, 3.5, -3.5, 0.0, -0.0]:
    print(repr(format(v, "+")), repr(format(v, "-")), repr(format(v, " ")), repr(format(v, "")))
print(repr(format(7, "+5")), repr(format(-7, " 5")), repr(format(7, " 05")))
print(repr(format(2.5, "+.2f")), repr(format(2.5, " .1e")), repr(format(-2.5, "+g")))
print(repr(format(float("inf"), "+")), repr(format(float("-inf"), " ")), repr(format(float("nan"), "+")))
print(repr(format(-0.0, ".1f")), repr(format(-0.0001, ".2f")), repr(format(-0.0001, "z.2f")))
print(repr(format(255, "+x")), repr(format(-255, "#x")), repr(format(5, " b")))
