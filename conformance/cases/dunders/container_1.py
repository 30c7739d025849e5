class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.data
    def __len__(self):
        return len(self.data)
g = Grid()
g[1, 2] = "a"
g["k"] = 5
print(g[1, 2], g[0, 0], len(g))
g["k"] += 10
print(g.data)
print((1, 2) in g, "zz" not in g)
del g[1, 2]
print(g.data)
try:
    del g["missing"]
except KeyError as e:
    print("KeyError:", e)
print(g.data.get((9, 9), "absent"), g[9, 9])
