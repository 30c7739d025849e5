# if/elif/else chains and truthiness of built-in values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for value in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0},
              set(), {0}, None, True, False, range(0), range(1), b"", b"\x00"]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if not x: print("never")
else: print("one-line else")
