def primes(n):
    sieve = set(range(2, n + 1))
    for i in range(2, int(n ** 0.5) + 1):
        sieve -= set(range(i * i, n + 1, i))
    return sorted(sieve)
print(primes(50))
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
seen = set()
dedup = []
for x in a:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup, len(seen))
print(sorted(set(a)), len(a) - len(set(a)))
words1 = "the quick brown fox".split()
words2 = "the lazy brown dog".split()
print(sorted(set(words1) & set(words2)), sorted(set(words1) ^ set(words2)))
graph = {0: {1, 2}, 1: {3}, 2: {3}, 3: {4}, 4: set()}
visited = set()
stack = [0]
while stack:
    node = stack.pop()
    if node not in visited:
        visited.add(node)
        stack.extend(graph[node] - visited)
print(visited)
