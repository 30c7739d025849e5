# expect: jit
# a recursive sum whose depth varies with the loop counter
def tri(k):
    if k <= 0:
        return 0
    return k + tri(k - 1)

def run(n):
    s = 0
    for i in range(n):
        s += tri(i % 20)
    return s

print(run(12000))
