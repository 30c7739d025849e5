# arguments are evaluated left to right before the body runs
def v(label):
    print("evaluating", label)
    return label
def target(*args, **kwargs):
    print("body of target")
    return args, kwargs
def get_target():
    print("evaluating the callee")
    return target
print(get_target()(v("p1"), v("p2"), *[v("s1")], k=v("kw"), **{v("dk"): v("dv")}))
def f(a, b):
    return a - b
x = 10
print(f(x, x := 3), x)
lst = []
def add(item):
    lst.append(item)
    return len(lst)
print(f(add("a"), add("b")), lst)
def boom():
    raise ValueError("argument failed")
try:
    target(v("before"), boom(), v("never"))
except ValueError as e:
    print("ValueError:", e)
print(print(v("nested")) is None)
