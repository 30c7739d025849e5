# expect: jit
# an inner while loop with several break points, each taken at some phase
def run(n):
    counts0 = 0
    counts1 = 0
    counts2 = 0
    counts3 = 0
    for k in range(n):
        j = 0
        while True:
            j += 1
            if j > 8:
                counts0 += 1
                break
            if k < 1000 and j == 2:
                counts1 += 1
                break
            if 3000 <= k < 3500 and j == 5:
                counts2 += 1
                break
            if k % 997 == 0 and j == 1:
                counts3 += 1
                break
    return counts0, counts1, counts2, counts3

print(run(5000))
