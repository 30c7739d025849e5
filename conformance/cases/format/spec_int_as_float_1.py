for n in (0, 7, -7, 123456789, 10 ** 17 + 1):
    print(format(n, "f"), format(n, ".1f"), format(n, "e"), format(n, "g"), format(n, "%"), format(n, ".2%"))
print(format(True, ".2f"), format(False, "e"))
print("%.3f %e %g" % (5, 5, 5))
print(f"{2 ** 60:.3e}", f"{-2 ** 60:,.1f}")
