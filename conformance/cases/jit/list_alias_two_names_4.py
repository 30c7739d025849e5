# expect: jit
# an alias is rebound to a new list mid-loop; writes then stop reaching the first
def run(n):
    a = [0] * 5
    b = a
    for i in range(n):
        if i == 5000:
            b = [100] * 5
        b[i % 5] += 1
    return a, b

a, b = run(8000)
print(a)
print(b)
print(a is b)
