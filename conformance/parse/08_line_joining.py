# Explicit and implicit line joining.
total = 1 + \
    2 + \
    3
if total > 5 and \
   total < 10:
    print("between")
values = [
    1,
    2,   # a comment inside brackets
    3,
]
mapping = {
    'a': 1,

    'b': 2,
}
result = (1 +
          2
          * 3)
call = max(
    1,
    2,
    3
)
nested = [[1, 2,
           3], (4,
                5), {6:
                     7}]
s = 'a' \
    'b'
t = ('x'
     'y')
def long_signature(a,
                   b=2,
                   *args,
                   **kwargs):
    return a + \
        b
x = long_signature(1,
                   2)
with open(__file__) as f, \
        open(__file__) as g:
    pass
assert total == 6, \
    "message"
y = [i
     for i in range(3)
     if i]
z = \
    5
w = lambda a, \
    b: a + b
print(total, values, mapping, result, call, nested, s, t, x, y, z, w(1, 2))
