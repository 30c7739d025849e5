# augmented assignment with big ints, shifts and their errors
x = 1
x <<= 100
print(x)
x >>= 98
print(x)
x **= 40
print(x)
x -= x + 1
print(x)
x *= -1 << 64
print(x)
y = -(10 ** 30)
y //= 7
print(y)
y %= 10 ** 9
print(y)
for bad in ["z >>= -1", "z <<= -2"]:
    try:
        z = 5
        if bad.startswith("z >>"):
            z >>= -1
        else:
            z <<= -2
    except ValueError as e:
        print("ValueError:", e)
try:
    q = 2
    q **= 0.5
    print(q)
    q = 0
    q **= -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
f = 1e308
f *= 10
print(f)
try:
    g = 2.0
    g **= 10000
except OverflowError as e:
    print("OverflowError:", e)
