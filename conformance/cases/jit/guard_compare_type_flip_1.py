# expect: jit
# one side of a comparison changes from int to float and back
def run(n):
    lim = 50
    c = 0
    for i in range(n):
        if i == 5000:
            lim = 50.5
        if i == 8000:
            lim = 50
        if i % 101 > lim:
            c += 1
        if i % 101 == lim:
            c += 100
    return c

print(run(12000))
print(run(4000))
