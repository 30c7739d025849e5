tests = ("hello", "HELLO", "hello world", "hello-world_foo bar", "3rd place",
         "x1y2z", "ÉCOLE élève", "don't stop", "a.b,c;d", "", " lead", "ǆ", "ﬂower")
for s in tests:
    print(repr(s.title()), repr(s.capitalize()))
print("a".title(), "A".capitalize(), "1a".title(), "1a".capitalize())
print(" ".join(w.capitalize() for w in "the end of it".split()))
