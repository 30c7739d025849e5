# STORE_ATTR specialized for an existing attribute, then used to add new attributes
class Bag:
    pass

bags = [Bag() for _ in range(5)]
names = ["a", "b", "c", "d"]
for i in range(150):
    b = bags[i % 5]
    b.count = i
    if i >= 80:
        setattr(b, names[i % 4], i)
    if i % 25 == 0 or i == 80:
        print(i, sorted(vars(b).items()))
for b in bags:
    print(sorted(vars(b).items()))
