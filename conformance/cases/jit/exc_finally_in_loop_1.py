# try/finally with continue and break inside a hot loop
def run(n):
    s = 0
    fin = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 5:
                break
            s += i
        finally:
            fin += 1
    return s, fin

print(run(12000))
def ret(n):
    c = 0
    for i in range(n):
        try:
            c += 1
            if i == 9000:
                return c, i
        finally:
            c += 1
    return c
print(ret(12000), ret(100))
