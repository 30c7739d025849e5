for s in ("42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "0042", "--1", "+-1"):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(0)))
print("12345".zfill(3), "😀".zfill(3))
print(str(7).zfill(3), str(-7).zfill(3), "%03d" % -7)
print([str(i).zfill(2) for i in range(8, 12)])
