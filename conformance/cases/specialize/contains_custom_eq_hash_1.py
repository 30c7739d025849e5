# dict lookups with custom __eq__/__hash__ keys whose behaviour changes mid-loop
class K:
    mode = "eq"
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        if K.mode == "eq":
            return isinstance(other, K) and other.v == self.v
        return True

d = {K(i): i for i in range(8)}
probe = [K(i) for i in range(12)]
for i in range(150):
    if i == 75:
        K.mode = "all"
    k = probe[i % 12]
    r = (k in d, d.get(k, "miss"))
    if i % 12 == 0 or 75 <= i < 78 or i in (72, 84):
        print(i, k.v, r)
