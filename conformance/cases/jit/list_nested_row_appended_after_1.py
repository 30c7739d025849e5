# an inner list written natively, then appended to, sliced and printed afterwards
def run(m, n):
    for i in range(n):
        row = m[i % 2]
        row[i % 3] = row[i % 3] + i % 5
    return m

m = run([[0, 0, 0], [0.5, 0.5, 0.5]], 6000)
print(m)
m[0].append(7)
m[1].append("x")
print(m, m[0][1:3], m[1][::-1])
print(run(m, 6001)[0][:3])
