# `in` on str: single chars, substrings, empty string, non-str -> TypeError
text = "the quick brown fox"
needles = [chr(97 + i % 26) for i in range(60)] + ["quick", "", "fox ", "the quick brown fox", " ", 5]
found = 0
for i, n in enumerate(needles):
    try:
        r = n in text
    except TypeError as e:
        r = "TypeError: " + str(e)
    if r is True:
        found += 1
    if i >= 58 or i % 20 == 0:
        print(i, repr(n), r)
print(found)
