# hot multiply loop goes from small to big then divides back down to small
f = 1
for i in range(1, 41):
    f = f * i
    if i in (12, 13, 20, 21, 25, 40):
        print(i, f)
g = f
for i in range(40, 0, -1):
    g = g // i
print(g)
print(f % 1000000007, f.bit_length())
