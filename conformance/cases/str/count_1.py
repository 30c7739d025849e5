s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""), "".count(""))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -3), s.count("", 2, 4), s.count("a", 10))
print("aaaa".count("aa"), "😀a😀".count("😀"), "abcabc".count("abc", 1))
print("".count("a"), "a".count("a", 0, 0), s.count("", 7), s.count("", 6))
