a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * b, a * 0, a * -2, [] * 5, [[0]] * 2)
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c, c is a)
c *= 2
print(c)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 2 for _ in range(2)]
m2[0][0] = 1
print(m2)
x = [1]
x += "ab"
x += (2,)
x += range(2)
print(x)
try:
    x + "ab"
except TypeError as e:
    print("TypeError:", e)
try:
    x + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    x * 1.0
except TypeError as e:
    print("TypeError:", e)
