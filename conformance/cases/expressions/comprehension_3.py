# comprehensions have their own scope
x = "outer x"
print([x for x in range(3)])
print(x)
i = "outer i"
squares = {i: i * i for i in range(3)}
print(i, squares)
gen = list(c for c in "ab")
try:
    print(c)
except NameError as e:
    print("NameError:", e)
class C:
    factor = 10
    items = [1, 2, 3]
    scaled = [v * 2 for v in items]
    try:
        wrong = [v * factor for v in items]
    except NameError as e:
        error = str(e)
print(C.scaled, C.error)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([g() for g in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([g() for g in funcs])
y = 100
print([y + j for j in range(2)], [[y for y in range(2)] for _ in range(2)], y)
