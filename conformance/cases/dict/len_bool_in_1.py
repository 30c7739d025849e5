d = {"a": 1, "b": 0, "c": None}
print(len(d), bool(d), bool({}), len({}), not {})
print("a" in d, 1 in d, "z" not in d, None in d, 0 in d.values(), None in d.values())
print(d and "truthy", {} or "empty")
d[None] = "none-key"
print(None in d, d[None])
print(max(d, key=str), min({"x": 5, "y": 3}, key={"x": 5, "y": 3}.get), sorted({"b": 1, "a": 2}))
print(sum({1: "a", 2: "b"}), list({3: 0, 1: 0}), any({0: 1}), all({1: 0}), all({}))
