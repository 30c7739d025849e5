# while/else: else runs when the condition becomes false, not after break
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("else after normal end, n =", n)
m = 0
while m < 10:
    if m == 2:
        print("breaking at", m)
        break
    m += 1
else:
    print("never printed")
while False:
    print("never")
else:
    print("else of a loop that never ran")
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return "not found"
    return "found at " + str(i)
print(find("hello", "l"), find("hello", "z"))
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print("even", k)
else:
    print("else after continue-only loop")
