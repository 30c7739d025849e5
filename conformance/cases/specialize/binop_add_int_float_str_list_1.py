# BINARY_OP + specialized for int, then fed float, str, list in the same hot loop
def add(a, b):
    return a + b

vals = []
for i in range(200):
    if i < 60:
        a, b = i, 1
    elif i < 110:
        a, b = i + 0.5, 0.25
    elif i < 160:
        a, b = "s" + str(i % 7), "!"
    else:
        a, b = [i], [i % 3]
    r = add(a, b)
    if i % 10 == 0 or i in (59, 60, 61, 109, 110, 159, 160):
        print(i, type(r).__name__, r)
    vals.append(r)
print(len(vals), vals[59], vals[60], vals[110], vals[199])
