prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0}
for name, price in prices.items():
    print(f"{name:<8}{price:>6.2f}")
total = 0
for name in prices:
    total += prices[name]
print(total)
inv = {v: k for k, v in prices.items()}
print(inv)
print(sorted(prices.items(), key=lambda kv: kv[1]))
print(max(prices.items(), key=lambda kv: kv[1])[0], min(prices, key=prices.get))
print(dict(sorted(prices.items(), key=lambda kv: -kv[1])))
print([k for k, v in prices.items() if v < 2])
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
