for s in ("42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "0042", "--1", "+-1"):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(0)))
print("12345".zfill(3), "😀".zfill(3))
