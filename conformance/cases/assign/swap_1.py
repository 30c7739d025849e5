# swaps and rotations
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 1, 2
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [1, 2, 3]
i = 0
i, x[i] = 2, 99
print(i, x)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(n) for n in range(12)])
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
s = list("abcde")
for k in range(len(s) // 2):
    s[k], s[-1 - k] = s[-1 - k], s[k]
print("".join(s))
