# expect: jit
# ranges with negative steps, including steps that overshoot the stop
def run(start, stop, step):
    s = 0
    c = 0
    last = -1
    for i in range(start, stop, step):
        s += i
        c += 1
        last = i
    return s, c, last

print(run(12000, 0, -1))
print(run(12000, -12000, -3))
print(run(0, 12000, -1))
print(run(5, -6, -2))
print(run(-1, -30001, -7))
print(run(10, 10, -1))
