s = "hello"
t = s
s += " world"
print(s, t, s is t)
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"}, sorted("cba"))
for i, c in enumerate("xyz"):
    print(i, c, end="; ")
print()
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print("".join(sorted("hello", reverse=True)), list(reversed("abc")))
print(dict.fromkeys("aba"), list(map(str.upper, "abc")), list(zip("ab", "xyz")))
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
