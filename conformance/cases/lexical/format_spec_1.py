# fill and alignment: < > ^ =
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "-^7", "^1", ">0"]:
    print(repr(format("ab", spec)), repr(format(42, spec)))
print(repr(format(-42, "=8")), repr(format(-42, "0=8")), repr(format(-42, "*=8")))
print(repr(format(3.5, "=+9")), repr(format(-3.5, "x=9")))
print(repr(format("abc", "^6")), repr(format("abc", "^5")), repr(format("ab", "^5")))
print(repr(format(7, "<")), repr(format(7, "5")), repr(format("s", "5")))
print(repr(format(1.5, "^10")), repr(format(True, ">6")))
print(repr(format("x", "{^5")), repr(format("x", "}>3")), repr(format("x", "<<3")))
