# expect: jit
# a bool flag becomes an int at iteration 5000 (True + True == 2)
def run(n):
    flag = True
    s = 0
    t = 0
    for i in range(n):
        if i == 5000:
            flag = 2
        s += flag
        s += flag + flag
        if flag == 1:
            t += 1
    return s, t, flag

print(run(12000))
def back(n):
    v = 5
    c = 0
    for i in range(n):
        if i == 6000:
            v = False
        c += v * 2 - (v == 0)
    return c, v
print(back(12000))
