# Function definitions: bodies, returns, recursion, nesting.
def empty():
    pass
def one_liner(x): return x + 1
def docstring():
    """A docstring."""
    return docstring.__doc__
def multi_docstring():
    '''First line.

    More text.
    '''
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def outer(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        return innermost
    return inner
def returns_lambda():
    return lambda: 42
def returns_tuple():
    return 1, 2, 3
def uses_globals():
    return fact(3) + fib(5)
def trailing_comma(a, b,):
    return a, b
def no_return():
    x = 1
def f(): pass
def g(): return
print(empty(), one_liner(1), docstring(), multi_docstring(), fact(5), fib(10))
print(outer(1)(2)(3), returns_lambda()(), returns_tuple(), uses_globals(), trailing_comma(1, 2))
print(no_return(), f(), g())
