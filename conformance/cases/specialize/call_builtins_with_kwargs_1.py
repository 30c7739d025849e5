# builtins called positionally then with keyword arguments at the same call sites
data = [5, 3, 9, 1, 7]
out = []
for i in range(120):
    if i < 60:
        r = (sorted(data), max(data), min(data), int("17"), round(3.14159))
    else:
        r = (sorted(data, reverse=True), max(data, key=lambda v: -v), min(data, default=0),
             int("17", base=8), round(3.14159, ndigits=2))
    out.append(r)
    if i % 20 == 0 or i in (59, 60):
        print(i, r)
print(len(out), print("a", "b", sep="-", end="!\n"))
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
