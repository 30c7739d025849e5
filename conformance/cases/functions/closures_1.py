# closures capture variables through cells
def make_adder(n):
    def add(x):
        return x + n
    return add
add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))
print(add3.__closure__ is not None, len(add3.__closure__), add3.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def pair():
    shared = []
    def put(v):
        shared.append(v)
    def get():
        return list(shared)
    return put, get
put, get = pair()
put(1); put(2)
print(get())
def three_levels(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(three_levels(1)(10)(100))
def param_closure(value=5):
    return lambda: value
print(param_closure()(), param_closure(7)())
