s = "a-b-c-d"
print(s.replace("-", "+"), s.replace("-", "", 2), s.replace("-", "=", 0), s.replace("-", "*", -1))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "abc".replace("x", "y"))
print("abc".replace("", "-"), "".replace("", "x"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "hello".replace("hello", ""), "Mississippi".replace("ss", "SS"))
print("😀😀".replace("😀", "a"), "café".replace("é", "e"))
print("a.b.c".replace(".", "..", 1), "x".replace("x", "xyz"))
