s = "hello"
print(s[0], s.upper())
t = s.replace("h", "j")
print(t)
s[0] = "j"
print("unreachable")
