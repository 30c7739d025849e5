d = {"a": 1}
d.update({"b": 2})
print(d)
d.update([("c", 3), ("a", 10)])
print(d)
d.update(x=7, y=8)
print(d)
d.update({"z": 0}, b=20)
print(d)
d.update((("p", 1),), p=2)
print(d)
d.update()
d.update({})
print(d)
d.update(zip("kl", (11, 12)))
print(d)
d.update(["xy"])
print(d)
for bad in ([1], [("a", 1, 2)], 5, ["abc"]):
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
