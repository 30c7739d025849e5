# expect: jit
# for/else: else runs only when the loop was not broken
def run(n):
    found = 0
    notfound = 0
    for k in range(n):
        for d in range(2, 12):
            if k % d == 0 and k != d:
                found += 1
                break
        else:
            notfound += 1
    return found, notfound

print(run(3000))
def first_over(limit, n):
    for i in range(n):
        if i * i > limit:
            break
    else:
        return -1
    return i
print(first_over(10 ** 8, 20000), first_over(10 ** 9, 20000), first_over(0, 20000))
