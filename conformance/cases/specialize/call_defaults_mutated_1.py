# __defaults__ and __kwdefaults__ changed on a hot function
def h(a, b=1, *, c=0):
    return a * b + c

for i in range(160):
    if i == 50:
        h.__defaults__ = (10,)
    if i == 80:
        h.__kwdefaults__ = {"c": 7}
    if i == 100:
        h.__defaults__ = (2, 3)
    if i == 130:
        h.__defaults__ = None
    try:
        r = h(i)
    except TypeError as e:
        r = "TypeError: " + str(e)
    if i % 20 == 0 or i in (49, 50, 79, 80, 99, 100, 129, 130):
        print(i, r)
