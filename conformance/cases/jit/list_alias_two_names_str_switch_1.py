# two names for one int list: a str stored via one name ends the native sum via the other
def run(n):
    a = [1, 2, 3]
    b = a
    s = 0
    for i in range(n):
        if i == 5500:
            a[1] = "x"
        v = b[i % 3]
        if type(v) is str:
            s += 1000
        else:
            s += v
    return s, b

print(run(9000))
