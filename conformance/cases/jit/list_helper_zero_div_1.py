# expect: jit
# an inlined helper divides by a list item that becomes 0 at one iteration
def ratio(a, i):
    return 1000 // a[i]

def run(n):
    a = [1, 2, 4, 5]
    s = 0
    for i in range(n):
        if i == 5000:
            a[2] = 0
        try:
            s += ratio(a, i % 4)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e, i)
            a[2] = 8
    return s, a

print(run(7000))
