# expect: jit
# an inner loop reached with an int, and later with a float, in the same variable
def f(n):
    s = 0
    x = 0
    for r in range(n):
        if r == n // 2:
            x = 0.5
        k = r % 3
        while k:
            x = x + 1
            k -= 1
        s += k
        x = x * 0 if r % 5 == 0 else x
    return s, x

print(f(12000))
