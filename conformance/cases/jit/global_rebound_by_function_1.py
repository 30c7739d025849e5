# a global read in a hot loop is rebound by a called function
STEP = 1

def bump(i):
    global STEP
    if i % 4000 == 3999:
        STEP = STEP * 3
    return i

def run(n):
    s = 0
    for i in range(n):
        bump(i)
        s += STEP
    return s

print(run(12000), STEP)
print(run(12000), STEP)
