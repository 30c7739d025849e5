# string concatenation specialized (s = s + t), then t becomes int -> TypeError caught
s = ""
errors = 0
for i in range(150):
    t = chr(65 + i % 26) if i % 50 != 49 else i
    try:
        s = s + t
    except TypeError as e:
        errors += 1
        print(i, "TypeError:", e)
    if i % 30 == 0:
        print(i, len(s), s[-5:])
print(errors, len(s), s[:10])
try:
    x = 5 + "a"
except TypeError as e:
    print(e)
