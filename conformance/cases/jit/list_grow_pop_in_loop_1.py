# a.pop() inside a while loop bounded by len(a)
def run(n):
    a = list(range(n))
    s = 0
    while len(a) > 0:
        s += a.pop() * (len(a) % 3)
    return s, a

print(run(7000))
print(run(1))
