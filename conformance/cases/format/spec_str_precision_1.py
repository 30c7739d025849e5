print(repr(format("hello", ".3")), repr(format("hello", "10.3")), repr(format("hello", ">10.2")))
print(repr(format("hello", ".0")), repr(format("hi", ".10")), repr(format("héllo😀", ".5")))
print(repr(format("abc", "s")), repr(format("abc", "^7s")), repr(format("", "s")))
print(repr(format("x", "")), repr(format(None, "")), repr(str(None)))
print(repr(format(True, "")), repr(format(True, "^6")), repr(format([1, 2], "")))
print(repr("{:*^9.2}".format("python")), repr(f"{'abc':<6.1}|"))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
