# expect: jit
# swapping items between two int lists in a hot loop
def run(n):
    a = [1, 2, 3, 4, 5, 6]
    b = [10, 20, 30, 40, 50, 60]
    for i in range(n):
        j = i % 6
        k = (i * 5 + 1) % 6
        a[j], b[k] = b[k], a[j]
    return a, b

a, b = run(6007)
print(a)
print(b)
print(sum(a) + sum(b))
