for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        s = {bad}
    except TypeError as e:
        print("TypeError:", e)
try:
    set([[1, 2]])
except TypeError as e:
    print("TypeError:", e)
s = {1, 2}
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
print({1} in [{1}], frozenset({1}) in {frozenset({1})}, {1} == frozenset({1}))
print(set({1: "a", 2: "b"}), set("ab") == {"b", "a"}, set((1, (2, 3))) == {1, (2, 3)})
try:
    s.remove([1])
except TypeError as e:
    print("TypeError:", e)
print(s.discard(3), {frozenset({1, 2}) : "ok"}[frozenset({2, 1})])
