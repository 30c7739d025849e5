import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], deck[-3:])
inside = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 5000)
