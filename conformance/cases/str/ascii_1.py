print(ascii("abc"), ascii("é"), ascii("😀"), ascii("\n\t"), ascii("'\""), ascii("\x7f\x80"))
print(ascii(1), ascii(1.5), ascii(None), ascii([1, "é", ("ß",)]), ascii({"ä": "ö"}))
print(ascii("\u20ac"), ascii("\U0001f600x"), ascii(""), ascii(b"\xff"))
class C:
    def __repr__(self):
        return "Cé😀"
print(ascii(C()), repr(C()), ascii([C()]))
