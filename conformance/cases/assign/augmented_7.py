# t[0] += x on a tuple: the list is mutated, then the store fails
t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    t[1] += "y"
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "abc"
try:
    s[0] += "z"
except TypeError as e:
    print("TypeError:", e)
try:
    x = None
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    y = "a"
    y -= "b"
except TypeError as e:
    print("TypeError:", e)
try:
    l = [1]
    l *= 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    z = 5
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, z)
