# augmented assignment on class attributes through instances and classes
class Counter:
    count = 0
    shared = []
    def bump(self):
        self.count += 1
        self.shared += ["x"]
a = Counter()
b = Counter()
a.bump(); a.bump(); b.bump()
print(a.count, b.count, Counter.count)
print(a.shared, Counter.shared, a.shared is Counter.shared)
print("count" in vars(a), "shared" in vars(a))
Counter.count += 10
print(Counter.count, a.count, Counter().count)
class Total:
    n = 0
    def __init__(self):
        Total.n += 1
        type(self).n += 1
for _ in range(3):
    Total()
print(Total.n)
