names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(f"{i}. {n:<4}{a}")
print(list(zip(*enumerate("ab"))))
print(list(enumerate(zip("ab", "cd"))))
print(max(zip(ages, names)), min(enumerate(ages), key=lambda p: p[1]))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
print(sorted(zip(ages, names), reverse=True))
