# a module-level bool list of visited flags set by a hot loop function
SEEN = [False] * 97

def walk(n, step):
    x = 0
    for i in range(n):
        SEEN[x] = True
        x = (x + step) % 97
    return SEEN.count(True)

print(walk(6000, 0))
print(walk(6000, 5))
print(SEEN[:5], sum(SEEN))
