# global function rebound via `global` statement inside another function mid-loop
def op(x):
    return x + 1

def swap(n):
    global op
    if n == 1:
        def op(x):
            return x * 2
    elif n == 2:
        op = lambda x, y=5: x - y
    else:
        op = abs

acc = []
for i in range(200):
    if i == 50:
        swap(1)
    elif i == 100:
        swap(2)
    elif i == 150:
        swap(3)
    acc.append(op(i - 120))
    if i % 25 == 0 or i in (49, 50, 99, 100, 149, 150):
        print(i, acc[-1])
print(sum(acc))
