# return values: implicit None, tuples, early returns, returning functions
def implicit():
    pass
def bare():
    return
def explicit_none():
    return None
print(implicit(), bare(), explicit_none())
def multi():
    return 1, 2, 3
a, b, c = multi()
print(multi(), a + b + c, type(multi()).__name__)
def single_tuple():
    return 1,
print(single_tuple())
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print([sign(n) for n in (-5, 0, 5)])
def first_even(items):
    for i in items:
        if i % 2 == 0:
            return i
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def returns_func():
    def helper(x):
        return x * x
    return helper
print(returns_func()(9))
def returns_dict():
    return {"k": [1, 2]}
print(returns_dict()["k"][1])
def nested_return():
    while True:
        for i in range(10):
            if i == 3:
                return "left both loops at " + str(i)
print(nested_return())
