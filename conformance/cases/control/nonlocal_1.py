# nonlocal rebinds a variable of the enclosing function
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x
print(outer())
def two_closures():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = two_closures()
set_(42)
print(get())
def shadowing():
    n = 1
    def a():
        n = 2
        def b():
            nonlocal n
            n += 10
            return n
        return b(), n
    return a(), n
print(shadowing())
