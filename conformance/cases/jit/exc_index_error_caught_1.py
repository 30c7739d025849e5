# IndexError caught inside a hot loop over a list
def run(n):
    data = list(range(100))
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += data[i % 130]
        except IndexError as e:
            misses += 1
            msg = str(e)
        try:
            s -= data[-(i % 105)]
        except IndexError:
            misses += 1000
    return s, misses, msg

print(run(12000))
