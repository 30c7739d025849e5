tests = ["", "abc", "ABC", "Abc", "123", "abc123", "a b", " ", "\t\n", "½", "²", "١٢٣", "é", "日本", "😀", "_", "Ab1!", "ABC1", "abc1", "ǅ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
