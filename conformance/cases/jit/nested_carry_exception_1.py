# expect: jit
# the outer body raises after many natively linked iterations
def run(n, bad):
    total = 0
    for i in range(n):
        j = i % 5
        while j:
            total += j
            j -= 1
        total += 100 // (i - bad)
    return total

try:
    run(10000, 7000)
except ZeroDivisionError as e:
    print("caught", e)
print(run(3000, 5000))
