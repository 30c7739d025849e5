a = [1, 2]
b = (3, 4)
print([*a, *b], [*"hi", *range(2)], [*a], [*[], 0])
print([0, *a, 5, *b, *{6: None}])
x, *y = [1]
print(x, y)
[p, q], r = [[1, 2], 3]
print(p, q, r)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
m = [[1, 2], [3, 4]]
print([*m[0], *m[1]], [*zip(*m)])
print(len([*range(100)]), [*map(str, [1, 2])])
