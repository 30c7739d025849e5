# expect: jit
# an int list gets 2**53 - 1 and a float 2.0**53 in neighbouring slots; sums stay exact
def run(n):
    a = [2 ** 53 - 1, 1, 0]
    s = 0
    for i in range(n):
        j = i % 3
        if i == 5000:
            a[2] = 2.0 ** 53
        s = (s + a[j]) % 1000003
    return s, a

print(run(8000))
