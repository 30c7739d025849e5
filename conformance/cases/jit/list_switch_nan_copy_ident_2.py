# x = a[i] in a native loop, then x is a[i] and a[i] is a[i] checked in the loop
def run(n):
    a = [0.5, -0.0, 1e300]
    same = 0
    for i in range(n):
        j = i % 3
        x = a[j]
        a[j] = x
        if x is a[j]:
            same += 1
    return same, a

print(run(6000))
