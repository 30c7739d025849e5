# expect: jit
# a bool flag in the outer body flips every iteration and steers the inner loop
def run(n):
    flag = False
    total = 0
    for i in range(n):
        flag = not flag
        k = 3 if flag else 5
        while k:
            total += 1 if flag else 2
            k -= 1
    return total, flag

print(run(10001))
