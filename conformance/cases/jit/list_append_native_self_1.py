# expect: jit
# a list appending its own items, and its length, while a loop reads it by index
def f(n):
    a = [1, 2]
    i = 0
    while len(a) < n:
        a.append(a[i] + a[i + 1])
        a.append(len(a) % 97)
        i += 1
    return len(a), a[-6:], sum(a) % 1000003

print(f(40000))
