d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print("visiting", k)
    if k == "a":
        d["d"] = 4
