class V:
    def __repr__(self):
        return "V(repr)"
    def __str__(self):
        return "V(str)"
v = V()
print(f"{v}", f"{v!r}", f"{v!s}", f"{v!a}")
print(f"{v!r:>10}|", f"{v!s:*<9}|")
s = "tab\there 'q' \"d\" é 😀 \x00"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s[:-2]!s}|")
print("{!r}".format(s), "{!a}".format(s))
x = 5
print(f"{x = }", f"{x=!r}", f"{s[:3]=}", f"{x*2=:>5}")
print(f"{ x }", f"{x:{'>'}3}", f"{ 'braces' }")
