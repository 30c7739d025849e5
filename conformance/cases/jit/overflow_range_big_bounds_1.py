# expect: jit
# for over a range whose values cross 2**63
def run(reps):
    s = 0
    over = 0
    for r in range(reps):
        for i in range(9223372036854775807 - 10, 9223372036854775807 + 10):
            s += i & 255
            if i > 9223372036854775807:
                over += 1
    return s, over

print(run(600))
def down(reps):
    s = 0
    for r in range(reps):
        for i in range(-9223372036854775807 + 5, -9223372036854775807 - 15, -1):
            s += i % 1000
    return s

print(down(600))
