# del of globals from functions, and del inside loops
counter = 5
def drop():
    global counter
    del counter
drop()
print("counter" in globals())
def recreate():
    global counter
    counter = "back"
recreate()
print(counter)
items = list(range(10))
i = 0
while i < len(items):
    if items[i] % 3 == 0:
        del items[i]
    else:
        i += 1
print(items)
d = {k: k * k for k in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
def local_del():
    a = 1
    b = 2
    del a
    return sorted(locals())
print(local_del())
class C:
    x = 1
    y = 2
    del x
print(hasattr(C, "x"), C.y)
