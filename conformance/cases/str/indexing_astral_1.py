s = "a😀b€c𝄞"
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-2])
print(s[1:3], s[::-1], s[::2], len(s[1:]))
print([c for c in s])
print(ord(s[1]), ord(s[-1]), hex(ord(s[3])))
print(s.find("b"), s.index("€"), s.count("😀"), "😀" in s, s.rfind("c"))
print(len("é"), len("e\u0301"), len("\U0001F600"), len("日本語"))
t = "日本語テキスト"
print(t[2], t[-1], t[1:4], t[::-1], len(t))
print("😀" * 3, len("😀" * 3), ("😀" * 3)[1])
print(s.upper(), "ÄÖÜ".lower(), "straße".upper())
print("x😀y".split("😀"), "😀".join(["a", "b"]), "😀".center(5, "*"))
print(s.replace("😀", "!"), s.startswith("a😀"), s.endswith("𝄞"))
