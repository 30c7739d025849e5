# dict iteration after hot iterations; size change raises RuntimeError
d = {i: i * i for i in range(60)}
s = 0
for k in d:
    s += d[k]
print(s)
for k in d:
    d[k] = 0
print(sum(d.values()))
try:
    for k in d:
        if k == 30:
            d[1000] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        if k == 50:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
