a = [10, 20, 30, 40, 50]
print(a[0], a[4], a[-1], a[-5], a[True], a[False])
a[1] = "twenty"
a[-1] = [50]
print(a)
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-6]
except IndexError as e:
    print("IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
print(a[10 ** 0], a[-(2 ** 0)])
try:
    a[10 ** 30]
except IndexError as e:
    print("IndexError:", e)
