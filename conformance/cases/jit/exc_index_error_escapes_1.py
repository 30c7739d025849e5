# IndexError escapes a hot loop that reads one past the end
def run(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    return s

xs = list(range(9000))
print(run(xs, 9000))
print(run(xs, 9001))
