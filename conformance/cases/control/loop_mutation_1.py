# mutating containers while looping over them
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {"x": 1, "y": 2}
for k in d2:
    d2[k] = d2[k] * 100
print(d2)
for k in list(d2):
    d2.pop(k)
print(d2)
items = [0, 1, 2]
for i, v in enumerate(items):
    items[i] = v + 1
print(items)
