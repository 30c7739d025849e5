# slicing strings, tuples, bytes and ranges
s = "Hello, World"
print(s[7:], s[:5], s[::-1], s[-5:], s[::3], s[1:-1:2])
print(repr(s[5:5]), repr(s[100:]), s[-100:3])
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[-2:], t[:0])
b = b"abcdef"
print(b[2:], b[::-1], b[1:5:2], b[0], b[-1])
r = range(0, 20, 3)
print(r[2:], r[::-1], r[1:4], r[-2], list(r[::2]))
print(range(10)[3:-3], range(10)[::-3], list(range(10)[::-3]))
u = "a😀b"
print(u[1], u[::-1], len(u[1:]), u[-1])
print("abc"[-1::-1], "abc"[-2::-1], "abc"[:-4:-1])
print("x"[0:1] * 3, "racecar" == "racecar"[::-1])
