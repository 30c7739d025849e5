# ZeroDivisionError escapes a hot loop at iteration 7000
def run(n):
    s = 0
    for i in range(n):
        s += 1000000 // (7000 - i)
    return s

print("start")
print(run(6000))
print(run(12000))
print("not reached")
