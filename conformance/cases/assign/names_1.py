# names are references: rebinding vs mutating
a = [1, 2]
b = a
a = [3]
print(a, b)
c = b
c.append(99)
print(b, c, b is c)
def rebind(lst):
    lst = ["new"]
    return lst
def mutate(lst):
    lst.append("more")
orig = ["o"]
print(rebind(orig), orig)
mutate(orig)
print(orig)
s = "abc"
t = s
s += "d"
print(s, t)
n = 5
m = n
n += 1
print(n, m)
matrix = [[0] * 2] * 2
matrix[0][0] = 1
print(matrix)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 1
print(good)
x = y = 0
x = 1
print(x, y)
