a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(sorted(a.keys() & {"x", "q"}), sorted(a.keys() | ["q"]), sorted({"x", "q"} - a.keys()))
print(type(a.keys() & b.keys()).__name__, a.keys() <= {"x", "y", "z", "w"}, a.keys() < a.keys())
print(a.keys().isdisjoint({"q"}), a.keys().isdisjoint(["x"]), a.items().isdisjoint(b.items()))
print(a.keys() >= {"x"}, {"x", "y", "z"} == a.keys(), a.keys() != b.keys())
try:
    a.values() & b.values()
except TypeError as e:
    print("TypeError:", e)
