fruits = {"pear", "apple", "fig"}
veg = {"kale", "fig", "leek"}
print(sorted(fruits | veg))
print(sorted(fruits & veg), sorted(fruits - veg), sorted(veg ^ fruits))
fruits.add("plum")
fruits.discard("pear")
print(sorted(fruits), len(fruits))
print(sorted(fruits, key=len), sorted(fruits, key=lambda w: w[-1]))
print("apple" in fruits, "APPLE" in fruits, "apple".upper() in {w.upper() for w in fruits})
print(sorted({w[0] for w in fruits | veg}))
