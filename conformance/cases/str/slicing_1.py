s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[1::2], s[::-1], s[::-3])
print(s[5:2], repr(s[5:2]), s[5:2:-1], s[-1:-4:-1], s[100:], s[-100:3], s[3:100])
print(s[8:2:-2], s[None:None:-2], s[2:-2:2], s[-2:2:-2])
print(repr(""[::-1]), repr("a"[1:]), repr("ab"[5:10]), s[:], s[:] == s)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[-True], s[0:10:4])
