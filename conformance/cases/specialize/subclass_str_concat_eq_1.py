# str subclass in + and == after str specialization
class S(str):
    def __add__(self, other):
        return S("<" + str.__add__(self, other) + ">")
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)
    __hash__ = str.__hash__

acc = ""
eq = 0
for i in range(160):
    s = "Ab" if i < 70 or i % 4 else S("AB")
    acc = s + "x"
    if s == "ab":
        eq += 1
    if i % 20 == 0 or 70 <= i < 74:
        print(i, type(s).__name__, acc, s == "ab", "ab" == s)
print(eq)
