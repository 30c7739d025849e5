tests = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%z", 1), ("%(k)s", {"j": 1}),
         ("%", ()), ("%c", 1234567890), ("%c", "ab"), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("no spec", 5)]
for fmt, arg in tests:
    try:
        print(repr(fmt % arg))
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
print(repr("no spec" % ()), repr("x" % {}), repr("%s" % ((),)))
