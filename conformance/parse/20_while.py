# while loops with else, break, continue and walrus conditions.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
else:
    print("not reached")
n = 5
while n:
    n -= 1
else:
    print("done")
data = [1, 2, 3]
while (item := data.pop() if data else None) is not None:
    print(item)
while True:
    break
while 0: pass
while n < 3: n += 1
k = 0
while k < 3:
    j = 0
    while j < 3:
        j += 1
        if j == 2:
            break
    else:
        pass
    k += 1
while not (k > 10 or n > 10):
    k += 2; n += 3
while [] or {} or ():
    pass
print(i, n, k, j)
