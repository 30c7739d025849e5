# expect: jit
# range(len(a), -1, -1) starts at len(a): the first read is out of range
def run(a):
    s = 0
    for i in range(len(a), -1, -1):
        try:
            s += a[i]
        except IndexError as e:
            print("IndexError", e, i)
    return s

print(run([1] * 6000))
