d = dict.fromkeys("abc", 0)
d["b"] += 5
d["c"] -= 1
print(d)
print(d.get("b") or "falsy", d.get("a") or "falsy", d.get("q", "missing"))
sq = {}
for i in range(5):
    sq[i] = sq.get(i - 1, 0) + i
print(sq)
words = ["x", "yy", "x", "zzz", "yy", "x"]
freq = {}
for w in words:
    freq[w] = freq.setdefault(w, 0) + 1
print(freq, sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in freq.items() if v > 1})
print(dict(zip(freq.values(), freq.keys())))
