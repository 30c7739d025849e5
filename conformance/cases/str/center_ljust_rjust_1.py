for w in (0, 2, 3, 4, 5, 6, 7):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, "=")))
print(repr("".center(3)), repr("x".center(4, "😀")), repr("a".center(2)), repr("ab".center(3)), repr("ab".center(5)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print("TypeError:", e)
print(repr("abc".rjust(-5)), repr("abc".ljust(4, " ")))
