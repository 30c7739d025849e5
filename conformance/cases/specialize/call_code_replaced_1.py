# __code__ of a hot function replaced by another function's code
def h(a, b=1):
    return a * b

def other(a, b=5):
    return a - b

def three(a, b, c):
    return a + b + c

for i in range(150):
    if i == 50:
        h.__code__ = other.__code__
    if i == 100:
        h.__code__ = three.__code__
    try:
        r = h(i)
    except TypeError as e:
        r = "TypeError: " + str(e)
    if i % 20 == 0 or i in (49, 50, 99, 100):
        print(i, r)
