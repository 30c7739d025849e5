# expect: jit
# float work in the outer body, an int loop inside
def run(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        c = 0
        m = i % 11
        while c < m:
            c += 1
        x = x * 0.5 + c * 0.25 - y
        y = -y / 1.0001
    return x, y, c

print(run(12000))
