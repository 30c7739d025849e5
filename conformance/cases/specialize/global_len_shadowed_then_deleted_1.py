# LOAD_GLOBAL specialized for builtin len, then shadowed at module level, then deleted
data = [1, 2, 3]
out = []
for i in range(160):
    if i == 60:
        len = lambda x: 0
    if i == 110:
        del len
    out.append(len(data))
    if i % 20 == 0 or i in (59, 60, 61, 109, 110, 111):
        print(i, out[-1])
print(sum(out))
