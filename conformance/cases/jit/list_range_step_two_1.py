# range(1, len(a), 2) writes odd slots from even neighbours in a bool-valued way
def run(a):
    for i in range(1, len(a), 2):
        a[i] = a[i - 1] > 3
    return a

a = run([k % 7 for k in range(13000)])
print(a[:10])
print(sum(a), a.count(True), len(a))
print(run([1.5, 0.5] * 3000)[-4:])
