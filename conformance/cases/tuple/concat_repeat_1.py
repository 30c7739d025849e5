a = (1, 2)
b = (3,)
print(a + b, a * 2, 2 * b, a * 0, a * -1, () * 5, () + ())
c = a
c += b
print(a, c, c is a)
c *= 2
print(c)
print((1,) + tuple([2]) + tuple("ab"))
try:
    a + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    a + 3
except TypeError as e:
    print("TypeError:", e)
try:
    a * 2.0
except TypeError as e:
    print("TypeError:", e)
