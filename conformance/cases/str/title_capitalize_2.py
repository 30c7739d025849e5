for s in ("hello", "HELLO", "hello world", "hello-world_foo bar", "3rd place", "x1y2z", "ÉCOLE élève", "don't stop", "a.b,c;d", "", " lead", "ǆ", "ﬂower"):
    print(repr(s.title()), repr(s.capitalize()))
