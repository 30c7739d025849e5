# expect: jit
# after 5000 int-only iterations, x alternates between int and float every iteration
def run(n):
    s = 0
    x = 0
    for i in range(n):
        if i < 5000:
            x = i
        elif i % 2 == 0:
            x = i
        else:
            x = i + 0.5
        s += x
    return s

print(run(12000))
print(run(5002))
