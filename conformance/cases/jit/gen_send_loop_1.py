# a generator driven with send() from a hot loop
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

def run(n):
    g = averager()
    next(g)
    last = 0.0
    for i in range(n):
        last = g.send(i % 100)
    return last

print(run(12000))
