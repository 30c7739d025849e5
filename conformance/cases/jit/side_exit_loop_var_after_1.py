# expect: jit
# the loop variable after a loop that finished, broke, or never ran
def run(n, stop):
    i = -7
    for i in range(n):
        if i == stop:
            break
    return i

print(run(12000, -1), run(12000, 9999), run(0, 5), run(1, -1))
def w(n):
    j = 0
    while j < n:
        j += 3
    return j
print(w(12000), w(12001), w(0), w(-5))
