names = ["a", "b", "c"]
scores = [1, 2]
print(list(zip(names, scores)))
for n, s in zip(names, scores, strict=True):
    print(n, s)
