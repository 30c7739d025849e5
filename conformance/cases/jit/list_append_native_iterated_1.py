# expect: jit
# a list appended to while a for loop runs over it (the loop sees the new items) and popped to end it
def f(n):
    a = [1]
    s = 0
    for x in a:
        s += x
        if len(a) < n:
            a.append(x % 13 + len(a))
        elif len(a) > n // 2 and len(a) % 2 == 0:
            a.pop()
    return s, len(a)

print(f(20000))
