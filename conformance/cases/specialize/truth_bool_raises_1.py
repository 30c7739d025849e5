# __bool__ returning a non-bool, or raising, after a truth test was specialized
class Bad:
    def __bool__(self):
        return 1

class Raises:
    def __bool__(self):
        raise ValueError("no truth")

class LenBad:
    def __len__(self):
        return -1

vals = [1, 0] * 40 + [Bad(), Raises(), LenBad(), 3]
for i, v in enumerate(vals):
    try:
        r = "T" if v else "F"
    except (TypeError, ValueError) as e:
        r = type(e).__name__ + ": " + str(e)
    if i >= 78 or i % 20 == 0:
        print(i, r)
