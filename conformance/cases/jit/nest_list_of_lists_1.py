# expect: jit
# nested for over a list of int lists of varying length, some empty
def run(rows):
    total = 0
    longest = 0
    n = -1
    for row in rows:
        n = 0
        for x in row:
            total += x * 3 - n
            n += 1
        if n > longest:
            longest = n
    return total, longest, n

rows = [[(i * 7 + j) % 23 - 11 for j in range(i % 37)] for i in range(400)]
print(run(rows))
print(run([[], [1], [], [2, 3]]))
print(run(rows[:50]))
print(run([]))
