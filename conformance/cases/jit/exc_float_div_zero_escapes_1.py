# float division by zero escapes a float hot loop
def run(n):
    s = 0.0
    for i in range(n):
        s += 1.5 / (6500.0 - i)
    return s

print(run(6000))
print(run(12000))
