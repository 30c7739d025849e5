# expect: jit
# while/else with a break that fires only for some inputs
def run(start, n):
    x = start
    i = 0
    hit = 0
    while i < n:
        x = (x * 5 + 3) % 65536
        if x == 0:
            hit = 1
            break
        i += 1
    else:
        hit = -1
    return x, i, hit

for s in (1, 7, 12345, 65533, 0):
    print(run(s, 12000))
