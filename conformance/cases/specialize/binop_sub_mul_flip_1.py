# - and * flip between int and float operands every few iterations
total_i = 0
total_f = 0.0
for i in range(300):
    if (i // 7) % 2 == 0:
        x = i
        y = 3
    else:
        x = i * 1.0
        y = 2.5
    d = x - y
    m = x * y
    if isinstance(d, int):
        total_i += d + m
    else:
        total_f += d + m
    if i % 25 == 0 or i % 7 == 0 and i < 30:
        print(i, repr(d), repr(m))
print(total_i, total_f)
