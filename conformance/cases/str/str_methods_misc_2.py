s = "The quick brown fox"
words = s.split()
print(len(words), words[::-1], " ".join(w.capitalize() for w in reversed(words)))
print(s.lower().count("o"), s.upper().find("QUICK"), s.swapcase()[:9])
print([w for w in words if w.islower()], [w.title() for w in words])
print(s.replace(" ", "").isalpha(), "".join(c for c in s if c.isupper()))
csv = "  name , age ,city  "
print([p.strip() for p in csv.split(",")], csv.strip().split(" ,"))
line = "x = 10  # comment"
code, _, comment = line.partition("#")
print(repr(code.rstrip()), repr(comment.strip()))
print("-".join(s[i:i + 3] for i in range(0, len(s), 3)))
print(s.center(25, "~"), s.ljust(22, ".") + "|", s.rjust(21))
print("%s has %d chars" % (s, len(s)), s.title().swapcase())
