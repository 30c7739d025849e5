# BINARY_SUBSCR specialized on list[int], then tuple, str, dict, range, negative index
containers = [
    [10, 20, 30, 40],
    (1, 2, 3, 4),
    "abcd",
    {0: "z", 1: "o", 2: "t", 3: "th", -1: "neg"},
    range(100, 104),
]
def get(c, k):
    return c[k]

res = []
for i in range(250):
    c = containers[0] if i < 60 else containers[(i // 13) % len(containers)]
    k = i % 4
    if i % 17 == 0:
        k = -1
    v = get(c, k)
    res.append(v)
    if i % 11 == 0:
        print(i, type(c).__name__, k, v)
print(len(res), res[:8], res[-8:])
