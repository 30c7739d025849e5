# a hot loop at module level: every variable is a global
s = 0
f = 0.0
big = 0
for i in range(15000):
    s += i * i
    f += i / 4
    if s > 9223372036854775807 // 1000:
        big += 1
print(s, f, big, i)
x = 9223372036854775807 - 10000
while x < 9223372036854775807 + 2000:
    x += 1
print(x)
