# repeated lists long enough to get native storage when made: ints, bools, floats, several items
a = [True] * 5000
b = [1, 2, 3] * 2000
c = [0] * 4096
d = [0.5] * 5000
e = [1, 2.5] * 3000
print(len(a), a[0], a[-1], a[2500], sum(a), type(a[3]))
print(len(b), b[:7], b[-4:], sum(b))
print(len(c), sum(c), c[4095])
print(d[0] is d[4999], len(e), e[-2:], sum(e))
b[5] = "x"; print(b[3:7]); a.append(False); print(len(a), a[-2:])
print([1] * 0, [1, 2] * -1, len([7] * 4095))
x = [3, 4]
y = x * 3000
x[0] = 9
print(y[:4], y[-1])
