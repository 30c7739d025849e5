print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 8, 3))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1}.values())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
