cases = [(1.5, "d"), (10, "s"), (1.5, "x"), (1.5, "c"), (300, ","), ("s", ","), (1, ",_"),
         (1, "_,"), (1, ".2d"), (-1, "c"), (1.5, "#c"), (1.5, "b"), ([1], "d"), (1, "5.5.5")]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
    except TypeError as e:
        print(repr(spec), "TypeError:", e)
    except OverflowError as e:
        print(repr(spec), "OverflowError:", e)
