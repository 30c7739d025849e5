cache = {}
cache[frozenset({"a": 1}.items())] = "ok"
cache[("a", 1)] = "tuple ok"
print(len(cache))
print(cache[("a", 1)])
cache[{"a": 1}] = "bad"
