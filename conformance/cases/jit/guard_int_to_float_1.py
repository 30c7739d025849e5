# expect: jit
# the step changes from int to float at iteration 5000
def run(n, at):
    x = 0
    step = 3
    for i in range(n):
        if i == at:
            step = 0.25
        x += step
        x -= 1
    return x

r = run(12000, 5000)
print(r, type(r).__name__)
r = run(12000, 20000)
print(r, type(r).__name__)
r = run(12000, 11999)
print(r, type(r).__name__)
