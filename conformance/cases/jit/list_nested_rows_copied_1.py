# rows copied between lists of lists by native code keep their identity
def run(m, n):
    b = [m[0]] * len(m)
    for i in range(n):
        b[i % len(m)] = m[(i + 1) % len(m)]
        b[i % len(m)][0] += 1
    return b

m = [[0, 0], [0, 0], [0, 0]]
b = run(m, 6000)
print(b)
print(m)
print(b[0] is m[1], b[1] is m[2], b[2] is m[0])
