# a global is deleted and recreated between runs; NameError caught per iteration
G = 4

def run(n):
    global G
    s = 0
    misses = 0
    for i in range(n):
        if i == 3000:
            del G
        if i == 6000:
            G = 7
        try:
            s += G
        except NameError as e:
            misses += 1
            msg = str(e)
    return s, misses, msg

print(run(12000))
