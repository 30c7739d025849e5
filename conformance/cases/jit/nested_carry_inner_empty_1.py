# expect: jit
# the inner loop often runs zero times
def run(n):
    hits = 0
    other = 0
    for i in range(n):
        k = i % 4 - 2
        while k > 0:
            hits += 1
            k -= 1
        other += 1
    return hits, other

print(run(20000))
