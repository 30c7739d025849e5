# += on mutable vs immutable objects, and aliasing
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0]
c += "xy"
c += (1, 2)
c += range(2)
print(c)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "cd"
print(s, r)
s *= 2
print(s)
l = [1, 2]
m = l
l *= 2
print(l, m, l is m)
l *= 0
print(l, m)
st = {1, 2}
alias = st
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st), st is alias)
d = {"a": 1}
e = d
d |= {"b": 2}
print(d, d is e)
by = b"ab"
by += b"c"
print(by)
