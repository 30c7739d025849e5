for spec in ("10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "0>6", "x^1", "=^11"):
    print(repr(format("abc", spec)), repr(format(42, spec)))
print(repr(format("abcdef", "^3")), repr(format("ab", "^5")), repr(format("ab", "^6")))
print(repr(format("", "*^4")), repr(format("é", "_^5")), repr(format("😀", ">3")))
print(repr(format(-42, "=8")), repr(format(-42, "*=8")), repr(format(42, "+=8")))
print(repr(format(3.5, "<8")), repr(format(3.5, "^9")), repr(format(-3.5, "0=8")))
print(repr(format(7, "{^5")), repr(format("z", "}<3")))
