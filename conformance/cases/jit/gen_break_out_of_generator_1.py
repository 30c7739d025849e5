# a for loop over an infinite generator breaks after a computed condition
def naturals():
    k = 0
    while True:
        yield k
        k += 1

def run(limit):
    s = 0
    for v in naturals():
        s += v
        if s > limit:
            break
    return v, s

print(run(10 ** 7))
print(run(0))
