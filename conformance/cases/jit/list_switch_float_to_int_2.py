# expect: jit
# a float list that receives ints from int(x) after iteration 6000 (x // 1 stays a float)
def run(n):
    a = [1.5, 2.5, 3.5]
    for i in range(n):
        j = i % 3
        if i < 6000:
            a[j] = a[j] // 1 + 0.5
        else:
            a[j] = int(a[j])
    return a, [type(x).__name__ for x in a]

print(run(6001))
print(run(6003))
