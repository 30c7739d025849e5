s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("x"), s.rpartition("x"))
print("=".partition("="), "".partition("="), "".rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"))
print(type(s.partition("=")).__name__, len(s.partition("==")))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rpartition("")
except ValueError as e:
    print("ValueError:", e)
head, sep, tail = "a.b.c".rpartition(".")
print(head, sep, tail)
