# conditional expressions are lazy and right-associative
def v(x):
    print("eval", x)
    return x
print(v("yes") if v(True) else v("no"))
print(v("yes") if v(0) else v("no"))
n = 0
print("neg" if n < 0 else "zero" if n == 0 else "pos")
n = 5
print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(("a" if True else "b") + "c", "a" if False else "b" + "c")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = lambda x: x if x > 0 else -x
print(f(-3), f(3))
print(1 if [] else 2 if {} else 3 if () else 4)
print((lambda: 1) if True else (lambda: 2), end="") if False else print("lambda branch")
x = 10
y = x // 2 if x % 2 == 0 else x * 3 + 1
print(y)
print(1 / 0 if False else "no division happened")
