# the % string formatting operator
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q")
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%r" % None, "%a" % "é", "%i" % 7.9)
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print(b"%d %s" % (1, b"bytes"))
for args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(args[0] % args[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
