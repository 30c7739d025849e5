# expect: jit
# a rare del a[0] in a loop storing to a[-1]; one late read hits an empty list
def run(n):
    a = [0] * 5
    for i in range(n):
        try:
            a[-1] += i
        except IndexError as e:
            print("IndexError", e, i)
            return a
        if i % 1300 == 1299:
            del a[0]
    return a

print(run(9000))
