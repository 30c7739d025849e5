# expect: jit
# reading a[-len(a) - 1] after many valid negative reads, caught in the loop
def run(n):
    a = [i * 2 for i in range(n)]
    s = 0
    for i in range(1, n + 2):
        try:
            s += a[-i]
        except IndexError as e:
            print("IndexError", e, -i, len(a))
    return s

print(run(6000))
