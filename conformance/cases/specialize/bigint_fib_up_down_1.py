# fibonacci grows past 2**64 then reverse recurrence returns to small
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
    if i in (90, 91, 92, 93, 149):
        print(i, a)
for i in range(150):
    a, b = b - a, a
print(a, b)
