# STORE_SUBSCR specialized on list[int] and dict, then targets change type
lst = [0] * 10
d = {}
targets = [lst, d, bytearray(10)]
for i in range(210):
    t = targets[0] if i < 70 else targets[(i // 9) % 3]
    k = i % 10
    v = i % 256
    t[k] = v
    if i % 23 == 0:
        print(i, type(t).__name__, k, v)
print(lst)
print(sorted(d.items()))
print(list(targets[2]))
try:
    lst[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    lst[-11] = 1
except IndexError as e:
    print("IndexError:", e)
lst[-1] = "end"
print(lst[-2:])
