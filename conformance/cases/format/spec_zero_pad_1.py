for v in (42, -42, 0, 3.5, -3.5, 1e-3):
    print(repr(format(v, "08")), repr(format(v, "+08")), repr(format(v, "08.2f")), repr(format(v, "<08")), repr(format(v, "^08")))
print(repr(format("ab", "05")), repr(format("ab", "<05")))
print(repr(format(255, "010x")), repr(format(255, "#010X")), repr(format(-255, "#010b")))
print(repr(format(float("nan"), "08")), repr(format(float("-inf"), "08.2f")))
print(repr(format(12345, "03")), repr(format(-1, "01")), repr(format(1.5, "0")))
