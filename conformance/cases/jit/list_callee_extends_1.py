# a helper extends the list with ints and a float, then the loop reads the new items
def more(a, k):
    a.extend([k, k + 1])
    if k > 3000:
        a.append(0.5)

def run(n):
    a = [0]
    s = 0
    for i in range(n):
        s += a[-1] + a[i % len(a)]
        if i % 700 == 0:
            more(a, i)
    return s, len(a), a[-4:]

print(run(12000))
