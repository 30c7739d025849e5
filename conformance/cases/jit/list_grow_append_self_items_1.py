# a.append(a[i] + a[i + 1]) builds a Fibonacci-like list mod m in the hot loop
def run(n, m):
    a = [0, 1]
    for i in range(n):
        a.append((a[i] + a[i + 1]) % m)
    return a[-5:], len(a), sum(a)

print(run(7000, 1000003))
print(run(7000, 2 ** 40))
print(run(6000, 7)[0])
