# def is a statement: nested, conditional and repeated definitions
def outer(flag):
    if flag:
        def choice():
            return "flag was true"
    else:
        def choice():
            return "flag was false"
    return choice()
print(outer(True), outer(False))
def make_many():
    out = []
    for i in range(3):
        def f(x=i):
            return x * 100
        out.append(f)
    return [g() for g in out], len(set(out))
print(make_many())
def recursive_inner(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n)
print(recursive_inner(10))
def uses_later_defined():
    return later()
def later():
    return "defined after the caller"
print(uses_later_defined())
try:
    def calls_missing():
        return missing_function()
    calls_missing()
except NameError as e:
    print("NameError:", e)
def mutual_outer():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7)
print(mutual_outer())
