# expect: full-stderr
# uncaught ValueError from an UNPACK_SEQUENCE site after it was specialized for 2-tuples
rows = [(i, i * 2) for i in range(60)] + [(1, 2, 3)]
t = 0
for row in rows:
    a, b = row
    t += a + b
print(t)
