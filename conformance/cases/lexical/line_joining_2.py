# implicit line joining inside brackets, with comments and blank lines
values = [
    1,  # first

    2,
        3,   # odd indentation is fine inside brackets
]
print(values)
d = {
  'a': 1,
      'b': (2,
  3),
}
print(d)
def f(a,
      b=2,
          *args,
  c=3):
    return (a +
            b +
        c, args)
print(f(1,
        5, 6, 7,
c=10))
print(len(
    "abc"
    ))
t = (
)
print(t, {
}, [
])
