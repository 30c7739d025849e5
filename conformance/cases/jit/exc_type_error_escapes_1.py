# int + str raises TypeError out of a hot loop at iteration 6000
def run(xs):
    s = 0
    for x in xs:
        s = s + x
    return s

xs = list(range(12000))
print(run(xs))
xs[6000] = "6000"
print(run(xs))
