for v in (5, -5, 0, 2.5, -2.5, 0.0, -0.0):
    print(repr(format(v, "+")), repr(format(v, "-")), repr(format(v, " ")), repr(format(v, "+.2f")), repr(format(v, " 06")))
print(format(float("inf"), "+"), format(float("-inf"), " "), format(float("nan"), "+"))
print(format(10 ** 20, "+"), format(-10 ** 20, " "))
print("{:+d} {: d} {:-d}".format(3, 3, 3))
