# continue skips the rest of the body
out = []
for i in range(10):
    if i % 3 == 0:
        continue
    out.append(i)
print(out)
n = 0
odd = []
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odd.append(n)
print(odd)
for word in ["keep", "skip", "keep2", ""]:
    if not word:
        continue
    if word.startswith("s"):
        continue
    print("word", word)
result = []
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        result.append(f"{i}{j}")
print(result)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
