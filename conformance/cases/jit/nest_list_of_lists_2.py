# expect: jit
# rows alternate between int, float and bool lists: the inner iterator meets another strategy each round
def run(rows):
    t = 0.0
    n = 0
    for row in rows:
        for x in row:
            t += x
            n += 1
    return repr(t), n

rows = []
for i in range(300):
    if i % 3 == 0:
        rows.append([j * 1.25 - i for j in range(30)])
    elif i % 3 == 1:
        rows.append([j - i for j in range(30)])
    else:
        rows.append([j % 2 == 0 for j in range(30)])
print(run(rows))
print(run(rows[::-1]))
print(run(rows[1::3] + rows[::3]))
