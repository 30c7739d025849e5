# nested comprehensions and the order of clauses
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([[v * 10 for v in row] for row in matrix])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
words = ["ab", "", "cde"]
print([(w, c) for w in words if w for c in w if c != "d"])
print([x + y for x in "ab" for y in "12" for _ in range(1)])
flat = [n for sub in [[1, [2]], [3]] for n in sub]
print(flat)
print({k: [v for v in range(k)] for k in range(3)})
print([[[z for z in range(y)] for y in range(x)] for x in range(3)])
pairs = [(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0]
print(pairs)
def trace(tag, seq):
    print("iterating", tag)
    return seq
print([(a, b) for a in trace("outer", [1, 2]) for b in trace("inner", "xy")])
