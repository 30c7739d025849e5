print(set(range(5)) == {0, 1, 2, 3, 4}, set("abc") == set(["a", "b", "c"]))
print(sorted(set(map(len, ["a", "bb", "c", "dd", "eee"]))))
print(sorted(set(zip("aab", "xxy"))), set(filter(None, [0, 1, 2, 0, ""])))
d = {"k1": 1, "k2": 2}
print(sorted(set(d)), set(d.values()), sorted(set(d.items())))
print(set(b"abca") == {97, 98, 99}, sorted(set(b"hello")))
print({*range(3), *[5, 6]}, {*"", *()})
