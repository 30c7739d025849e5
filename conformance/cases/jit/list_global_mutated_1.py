# a module-level int list mutated by a function's hot loop, read at module level
COUNTS = [0] * 8

def tally(n):
    for i in range(n):
        COUNTS[(i * 3) % 8] += 1

tally(6000)
print(COUNTS)
tally(6001)
print(COUNTS, sum(COUNTS))
