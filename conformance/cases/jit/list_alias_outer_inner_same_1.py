# expect: jit
# a list whose two items are one inner list: writes through m[0] and m[1] land together
def run(n):
    m = [[0, 0]]
    m.append(m[0])
    for i in range(n):
        m[i % 2][i % 2] += 1
        m[1][0] += 1
    return m, m[0] is m[1]

print(run(6000))
