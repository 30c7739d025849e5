# expect: jit
# inner ranges whose step is a variable that changes sign and size between outer iterations
def run(n):
    total = 0
    count = 0
    last = None
    for i in range(n):
        step = (i % 9) - 4
        if step == 0:
            step = 5
        for x in range(i % 31, 31 - i % 31, step):
            total += x * step
            count += 1
            last = x
    return total, count, last

print(run(2000))
print(run(3))
