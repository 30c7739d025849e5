# expect: jit
# a rare append (every 1024 iterations) in a loop that mostly indexes and stores
def run(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        k = len(a)
        s += a[i % k]
        a[(i + 1) % k] = s % 101
        if i % 1024 == 1023:
            a.append(i)
    return s, len(a), a

print(run(9000))
