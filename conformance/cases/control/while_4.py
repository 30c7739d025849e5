# while/else interacting with try/finally and nested loops
def countdown(n):
    while n > 0:
        try:
            if n == 2:
                break
        finally:
            print("finally at", n)
        n -= 1
    else:
        print("else: reached zero")
    return n
print(countdown(1))
print(countdown(4))
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner else only when no break, outer =", outer)
    outer += 1
else:
    print("outer else")
n = 0
while n < 3:
    n += 1
    try:
        continue
    finally:
        print("continue goes through finally", n)
else:
    print("done", n)
