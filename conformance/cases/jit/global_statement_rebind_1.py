# a function rebinds a global with `global` inside its own hot loop
COUNT = 0
FACTOR = 2

def run(n):
    global COUNT, FACTOR
    s = 0
    for i in range(n):
        COUNT += 1
        s += FACTOR
        if i == 6000:
            FACTOR = 5
    return s

print(run(12000), COUNT, FACTOR)
FACTOR = 1.5
print(run(12000), COUNT, FACTOR)
