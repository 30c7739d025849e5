# Closures and cells.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
def late_binding():
    return [lambda: i for i in range(3)]
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
def shared():
    value = []
    def add(x):
        value.append(x)
    def get():
        return value
    return add, get
def class_in_function(v):
    class Local:
        attr = v
        def method(self):
            return v
    return Local
def default_capture():
    x = 1
    def f(y=x):
        return y
    x = 2
    return f()
counter = make_counter()
counter()
add, get = shared()
add(1)
print(counter(), [f(10) for f in make_adders()], [f() for f in late_binding()])
print(outer(1)(2)(3), get(), class_in_function(5)().method(), default_capture())
