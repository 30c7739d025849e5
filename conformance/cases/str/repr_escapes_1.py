tests = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r", "\x00\x01\x1f\x7f",
         "\x80\x9f\xa0\xad", "é", "ß", "\u200b", "\u2028", "\ufeff", "😀", "\U000e0001", "\u00b0", "\a\b\f\v", ""]
for t in tests:
    print(repr(t))
print(repr("'"), repr('"'), repr("'\""), str(["it's", 'a"b']), repr(("\n",)))
