# expect: jit
# lambdas bound to globals called in a hot loop
sq = lambda x: x * x
add = lambda a, b: a + b

def run(n):
    s = 0
    for i in range(n):
        s = add(s, sq(i % 100)) % 1000003
    return s

print(run(12000))
