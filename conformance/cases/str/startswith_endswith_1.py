s = "prefix-body-suffix"
print(s.startswith("pre"), s.startswith("body"), s.startswith("body", 7), s.startswith(""), s.startswith("p", 0, 0))
print(s.endswith("fix"), s.endswith("body", 0, 11), s.endswith(""), s.endswith("x", -1), s.endswith("suffix", 100))
print(s.startswith(("a", "b", "pre")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("body-", "-suf"), 0, 16))
print("".startswith(""), "".endswith("a"), "a".startswith("a", 1), "a".startswith("", 1), "a".startswith("", 2))
try:
    s.startswith(["pre"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("y", 1))
except TypeError as e:
    print("TypeError:", e)
