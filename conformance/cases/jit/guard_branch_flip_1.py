# expect: jit
# a branch that always went one way for 5000 iterations, then the other way
def run(n, flip):
    a = 0
    b = 0
    for i in range(n):
        if i < flip:
            a += i
        else:
            b += i * 2
    return a, b

print(run(12000, 5000))
print(run(12000, 0))
print(run(12000, 12000))
print(run(12000, 11999))
