# dict subclass with __missing__ in a hot lookup loop
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return -1

plain = {"a": 1, "bb": 2}
d = Default(a=1, bb=2)
keys = ["a", "bb", "ccc", "dddd"]
out = []
for i in range(150):
    m = plain if i < 60 else (d if i % 2 else plain)
    k = keys[i % 2] if i < 60 else keys[i % 4]
    try:
        out.append(m[k])
    except KeyError as e:
        out.append("KeyError " + str(e))
    if i % 15 == 0 or 60 <= i < 66:
        print(i, type(m).__name__, k, out[-1])
print(sorted(d.items()), sorted(plain.items()))
