print(set(), set([]), set(()), set(""), set({}), set(range(0)))
print(set([3, 1, 2]), set((1, 1)), set(x for x in range(3)), set({4: "a"}), set(frozenset([5])))
print(sorted(set("mississippi")), sorted(set(["a", "b", "a"])))
print(frozenset(range(4)), frozenset(set([2])), frozenset(frozenset([6])))
try:
    set(1)
except TypeError as e:
    print("TypeError:", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(type(set()).__name__, type(frozenset()).__name__, isinstance(frozenset(), set))
s = set([1, 2])
s2 = set(s)
s2.add(3)
print(s, s2)
