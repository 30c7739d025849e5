sq = {x * x for x in range(-3, 4)}
print(sorted(sq), len(sq))
evens = {x for x in range(10) if x % 2 == 0}
print(evens)
letters = {c.lower() for c in "Hello World" if c.isalpha()}
print(sorted(letters))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
mods = {n % 5 for n in [10, 11, 12, 15, 21, 22]}
print(mods)
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
