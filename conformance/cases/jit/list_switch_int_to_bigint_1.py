# expect: jit
# an int list receives 2**60 then 2**53 then -(2**53) inside the hot loop
def run(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        j = i % 4
        if i == 5000:
            a[0] = 2 ** 60
        if i == 5001:
            a[1] = 2 ** 53
        if i == 5002:
            a[2] = -(2 ** 53)
        s += a[j]
    return s, a

print(run(8000))
