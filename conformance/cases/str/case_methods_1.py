words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's", "123abc def", "  x  ", "", "ǅemal", "ß straße", "o'neil-mc donald"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower())
print("MiXeD".swapcase().swapcase(), "abc".upper().lower(), "".upper() == "")
print("hello world".title().swapcase(), "HELLO".capitalize(), "éa".upper())
