# explicit line joining with backslash
total = 1 + \
        2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
s = 'abc' \
    'def'
print(s)
x = [1, 2,
     3] + \
    [4]
print(x)
def f(a, b):
    return a \
        * b
print(f(6, \
7))
y = 10 \
- 3
print(y)
assert total == 6, \
    "message"
print("done")
