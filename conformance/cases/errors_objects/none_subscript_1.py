def find(d, k):
    if k in d:
        return d[k]
config = {"a": [1, 2]}
print(find(config, "a")[0])
print(find(config, "b"))
print(find(config, "b")[0])
