# expect: jit
# a carried outer local turns from int to float halfway through
def run(n):
    total = 0
    for i in range(n):
        j = 0
        while j < 5:
            j += 1
        if i == n // 2:
            total = float(total)
        total += j + i
    return total, type(total).__name__

print(run(8000))
