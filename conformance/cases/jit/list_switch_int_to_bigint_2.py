# an item grows past 2**53 by repeated a[j] * 3 + 1 (mod 2**62) in a hot loop
def run(n):
    a = [1, 3]
    out = []
    for i in range(n):
        a[i % 2] = (a[i % 2] * 3 + 1) % (2 ** 62)
        if i % 1000 == 999:
            out.append(a[0])
    return a, out[:4], out[-1]

print(run(7000))
