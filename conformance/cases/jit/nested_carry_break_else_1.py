# expect: jit
# an outer for with break and else around an inner while
def find(n, target):
    for i in range(n):
        x = i
        steps = 0
        while x != 1 and x > 0:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps == target:
            break
    else:
        return None, i
    return i, steps

print(find(5000, 111))
print(find(500, 1000))
