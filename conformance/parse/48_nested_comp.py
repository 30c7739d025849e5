# Comprehensions nested inside comprehensions, with scoping.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
diag = [matrix[i][i] for i in range(len(matrix))]
pairs = {(i, j): matrix[i][j] for i in range(3) for j in range(3) if i <= j}
sums = [sum(x for x in row) for row in matrix]
sets = [{x % 2 for x in row} for row in matrix]
deep = [[[k for k in range(j)] for j in range(i)] for i in range(3)]
gen_of_lists = ([y for y in range(x)] for x in range(3))
lists_of_gens = [list(y for y in range(x)) for x in range(3)]
dicts = {i: {j: i * j for j in range(2)} for i in range(2)}
filtered = [x for row in matrix if sum(row) > 6 for x in row if x % 2]
class Scope:
    n = 3
    values = [i for i in range(3)]
    table = [[i * j for j in range(3)] for i in range(3)]
def closure():
    k = 10
    return [[k + i + j for j in range(2)] for i in range(2)]
print(flat, transposed, diag, pairs, sums, sets, deep, [list(g) for g in gen_of_lists])
print(lists_of_gens, dicts, filtered, Scope.values, Scope.table, closure())
