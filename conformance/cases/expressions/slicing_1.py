# list slicing with positive and negative indices and steps
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[-5:-2], a[-2:-5], a[5:2], a[3:3])
print(a[::2], a[1::2], a[::3], a[::-1])
print(a[::-2], a[8:2:-2], a[-1:-4:-1], a[2:8:-1])
print(a[100:], a[-100:2], a[:100], a[5:-100:-1])
print(a[0], a[-1], a[-10], a[9])
print(a[1:9][::2][1:], a[::-1][::-1] == a)
print(a[None:None:None], a[None:3], a[7:None:-3])
for i in (10, -11):
    try:
        a[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["1":]
except TypeError as e:
    print("TypeError:", e)
print(a[True:], a[:False], a[1.0 if False else 2:])
