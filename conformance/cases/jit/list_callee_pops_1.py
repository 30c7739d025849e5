# expect: jit
# a helper pops from the list at one iteration; later reads past the new end fail
def shrink(a):
    return a.pop()

def run(n):
    a = [5, 6, 7, 8, 9, 10]
    s = 0
    popped = []
    for i in range(n):
        try:
            s += a[i % 6]
        except IndexError as e:
            print("IndexError", e, i)
            break
        if i == 5003:
            popped.append(shrink(a))
    return s, a, popped

print(run(8000))
