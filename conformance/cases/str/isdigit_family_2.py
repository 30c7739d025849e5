for s in ("0", "0123456789", "٣", "१२", "²", "①", "½", "-1", "1.0", " 1", "1 ", "", "Ⅻ", "〇"):
    print(repr(s), s.isdigit(), s.isalnum(), s.isalpha())
print("ABC".isupper(), "AbC".isupper(), "A1".isupper(), "1".isupper(), "".isupper(), "ǅ".isupper())
print("abc".islower(), "ab1".islower(), "1".islower(), "ß".islower(), "ǅ".islower())
print(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000".isspace(), "\u200b".isspace(), "".isspace())
