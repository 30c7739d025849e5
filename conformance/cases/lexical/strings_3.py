# unicode escapes and astral characters
e = "\u00e9"
print(e, repr(e), len(e), ord(e))
print("caf\u00e9" == "café")
smile = "\U0001F600"
print(len(smile), ord(smile), hex(ord(smile)))
print(repr(smile) == "'" + smile + "'")
s = "a\U0001F600b"
print(len(s), s[0], s[2], ord(s[1]))
print("\u0041\u0042", "\U00000043")
print(repr("\u200b"), repr("\u00a0"), repr("\u2028"))
print(ascii("é😀"), ascii("abc"))
print("\u4e2d\u6587", len("\u4e2d\u6587"))
print([hex(ord(c)) for c in "x\u00ffy\uffff"])
print(chr(0x1F600) == smile, chr(233) == e)
print(repr("\x80\x9f"), repr("\xad"))
