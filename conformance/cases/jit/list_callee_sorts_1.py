# expect: jit
# a helper sorts the list every 1000 iterations while the loop writes to it
def tidy(a):
    a.sort()

def run(n):
    a = [9, 4, 7, 1, 8, 2, 6, 3]
    for i in range(n):
        j = i % 8
        a[j] = (a[j] * 31 + i) % 97
        if i % 1000 == 0:
            tidy(a)
    return a

a = run(7001)
print(a)
print(sum(a), min(a), max(a))
