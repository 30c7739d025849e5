# closures created in a hot loop capture the loop variable's cell
def run(n):
    fs = []
    for i in range(n):
        if i % 3000 == 0:
            fs.append(lambda: i)
    vals = [f() for f in fs]
    gs = []
    for i in range(n):
        if i % 3000 == 0:
            gs.append(lambda i=i: i)
    return vals, [g() for g in gs]

print(run(12000))
