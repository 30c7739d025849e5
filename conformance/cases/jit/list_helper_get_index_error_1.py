# expect: jit
# an inlined getter raises IndexError at one iteration; caught in the loop
def get(a, i):
    return a[i]

def run(a, n):
    s = 0
    for i in range(n):
        try:
            s += get(a, i if i != 5500 else len(a))
        except IndexError as e:
            print("IndexError", e, i)
    return s

print(run(list(range(7000)), 7000))
