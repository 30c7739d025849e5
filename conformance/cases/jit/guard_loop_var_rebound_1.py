# expect: jit
# the loop variable is reassigned inside the body; range must not see it
def run(n):
    s = 0
    for i in range(n):
        if i % 1000 == 0:
            i = i * 0.5
        s += i
        i += 100
        s += i
    return s, i

print(run(12000))
print(run(1))
