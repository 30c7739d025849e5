print(str(), repr(str()), str("x"), str(123), str(-1.5), str([1, 2]), str((1, "a")))
print(str(b"abc", "utf-8"), str(b"\xc3\xa9", encoding="utf-8"), str(b"abc"))
print(str(bytearray(b"xy"), "ascii"), str(b"\xff", "utf-8", "replace"), str(b"\xffa", "utf-8", "ignore"))
class S:
    def __str__(self):
        return "custom str"
class R:
    def __repr__(self):
        return "custom repr"
print(str(S()), str(R()), str([R()]))
print(type(str(1)).__name__, str.__name__, isinstance("", str))
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
