# multi-line f-strings, f-strings in loops and functions
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>5}|{price:>8.2f}|{qty * price:>9.3f}")
header = f"""
Name: {rows[0][0]}
Count: {len(rows)}
"""
print(header)
def label(n):
    return f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'th'}"
print([label(i) for i in range(1, 5)])
total = sum(q for _, q, _ in rows)
print(f"total={total:,} avg={total / len(rows):.4f}")
msg = (f"a={1} "
       f"b={2} "
       "c={3}")
print(msg)
print(f"{f'{1 + 1}'}", f"{f'{rows[0][0]!r}'}")
print(f"{'{'}{'}'}")
