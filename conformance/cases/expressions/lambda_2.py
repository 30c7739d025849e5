# lambdas capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 10
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1))
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
x = "global"
f = lambda: x
x = "changed"
print(f())
h = lambda n: 1 if n <= 1 else n * h(n - 1)
print(h(10))
