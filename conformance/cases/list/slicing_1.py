a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[::-4])
print(a[5:2], a[5:2:-1], a[-1:-4:-1], a[100:], a[-100:2], a[3:100], a[8:1:-3])
print(a[None:None], a[:None:2], a[::-1][::-1] == a, a[:] is a, a[:] == a)
b = a[2:4]
b[0] = "new"
print(a[2], b)
print([][:5], [1][1:], [1, 2][-1:], [1, 2][:-1])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
print(a[1:9:2][::-1], a[-2:-8:-2], a[10 ** 20:], a[-10 ** 20:1])
