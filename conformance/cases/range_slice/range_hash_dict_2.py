d = {range(3): "a"}
print(d[range(0, 3)], d[range(0, 3, 1)], range(0, 3) in d)
s = {range(0), range(5, 5), range(1, 1, 3)}
print(len(s))
print(range(0, 2) == range(0, 3, 2), range(0, 2) == range(0, 1))
print({range(1, 5, 2): 1}.get(range(1, 4, 2)))
print(list(map(len, [range(3), range(1, 10, 4), range(5, 0)])))
