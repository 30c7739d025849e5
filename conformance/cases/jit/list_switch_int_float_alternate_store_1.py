# one int list receives int and float values alternately in a native loop
def run(n):
    a = [0, 0]
    for i in range(n):
        if i % 2:
            a[0] = i
        else:
            a[0] = i * 0.5
        a[1] += a[0]
    return a

a = run(6000)
print(a, [type(x).__name__ for x in a])
a = run(6001)
print(a, [type(x).__name__ for x in a])
