# the same function called with positional, keyword, *args and **kwargs from a hot loop
def f(a, b=2, *, c=3):
    return a * 100 + b * 10 + c

calls = 0
s = 0
for i in range(200):
    m = i % 5
    if m == 0:
        r = f(i)
    elif m == 1:
        r = f(i, 5)
    elif m == 2:
        r = f(a=i, c=0)
    elif m == 3:
        r = f(*(i, 1))
    else:
        r = f(**{"a": i, "b": 0, "c": 9})
    s += r
    if i % 33 == 0:
        print(i, r)
print(s)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
