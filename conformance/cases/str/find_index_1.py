s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zz"), s.find(""))
print(s.rfind("hello"), s.rfind("hello", 0, 17), s.rfind("o"), s.rfind(""), s.rfind("x"))
print(s.find("o", -5), s.find("o", 5, -1), s.find("", 100), s.find("", 18), s.rfind("", 3, 7))
print(s.index("world"), s.rindex("l"), s.index("l", 4), s.rindex("l", 0, 5))
print(s.find("h", -100), s.find("h", 100), "".find(""), "".find("a"))
for f in (lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.index("hello", 15)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(s.find("o", None, None), s.index("d", None))
