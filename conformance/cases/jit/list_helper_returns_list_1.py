# expect: jit
# a helper returns one of two lists; the loop writes into the returned list
def pick(a, b, i):
    if i % 3 == 0:
        return a
    return b

def run(n):
    a = [0] * 4
    b = [0] * 4
    for i in range(n):
        pick(a, b, i)[i % 4] += 1
    return a, b

print(run(6000))
