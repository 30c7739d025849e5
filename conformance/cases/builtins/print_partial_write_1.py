# print writes each item (and the separator before it) as it goes, so a
# failing __str__ leaves the earlier items on the line.
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("first", "second", Bad(), "never")
except ValueError as e:
    print()
    print("caught", e)
print("a", Bad(), sep="--")
