# expect: jit
# collatz lengths with a while loop inside a for loop
def run(n):
    total = 0
    best = 0
    arg = 0
    for k in range(1, n):
        x = k
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            arg = k
    return total, best, arg

print(run(600))
print(run(2))
