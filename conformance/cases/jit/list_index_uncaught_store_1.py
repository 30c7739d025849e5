# expect: jit
# an IndexError from a store a[-len-1] escapes to the top level
def run(a, n):
    for i in range(n):
        a[i % len(a) - len(a)] += 1
    print(a[:3])
    print(sum(a), a[-10], a[-1])
    a[-len(a) - 1] = 0

run([0] * 10, 6000)
