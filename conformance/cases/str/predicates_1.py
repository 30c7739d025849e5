tests = ["", "abc", "ABC", "Abc", "123", "abc123", "a b", " ", "\t\n",
         "½", "²", "١٢٣", "é", "日本", "😀", "_", "Ab1!", "ABC1", "abc1", "ǅ"]
print("digit alpha alnum space upper lower")
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
print(all(c.isalpha() for c in "abc"), any(c.isdigit() for c in "a1"))
