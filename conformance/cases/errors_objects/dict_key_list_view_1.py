d = {"b": 1, "a": 2}
keys = d.keys()
print(sorted(keys))
print(list(keys)[0])
print("a" in keys, len(keys))
print(keys[0])
