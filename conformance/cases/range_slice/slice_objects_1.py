s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(s))
print(slice(3), slice(None), slice(1, None), slice(None, None, -1), slice("a", "b"))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -1)], data[slice(-3, None)])
print("abcdef"[slice(1, 4)], (1, 2, 3)[slice(None, 2)], range(10)[slice(2, 8, 3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
sl = slice(0, 10, 5)
data[sl] = ["A", "B"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
