# expect: jit
# big ints entering a hot loop as live-in values after it was traced with small ones
def run(x, n):
    c = 0
    for i in range(n):
        x += 1
        if x % 3 == 0:
            c += 1
    return x, c

print(run(5, 12000))
print(run(2 ** 70, 12000))
print(run(-2 ** 64, 12000))
print(run(9223372036854775807, 12000))
print(run(-9223372036854775807 - 2, 12000))
print(run(7, 12000))
