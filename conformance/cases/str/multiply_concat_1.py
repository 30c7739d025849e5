print("ab" * 3, "ab" * 0, "ab" * -1, 3 * "x", "" * 100, repr("-" * 1))
print("a" + "b", "" + "", "x" + "y" * 2, ("a" + "b") * 2)
s = "q"
s += "r"
s *= 3
print(s)
print("abc" "def", len("x" * 1000), ("ab" * True), ("ab" * False) == "")
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
