# expect: jit
# two nested loops, the inner one hot, with a break in the inner loop
def run(rows, cols):
    s = 0
    breaks = 0
    for r in range(rows):
        for c in range(cols):
            if c > r % 50 + 40:
                breaks += 1
                break
            s += r * c % 11
    return s, breaks

print(run(300, 100))
print(run(3, 100))
