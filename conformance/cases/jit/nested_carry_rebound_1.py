# expect: jit
# a local the inner loop reads is rebound to a str by the outer body for a while
def run(n):
    step = 1
    total = 0
    label = ""
    for i in range(n):
        if i == 3000:
            step = "x"
        if i == 3500:
            step = 1
        if type(step) is str:
            label = label + step
            continue
        k = 0
        while k < 6:
            k += step
        total += k
    return total, len(label)

print(run(9000))
