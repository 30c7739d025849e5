"""Module docstring: a plain Expr(Constant) statement."""
def f():
    """Function docstring."""
    return 1
def g():
    'single-quoted docstring'
def h():
    r"""raw docstring \n"""
def i():
    """Multi-line
    docstring with "quotes" and 'quotes'.
    """
    x = 1
    """Not a docstring: just an expression statement."""
    return x
def j():
    f"""f-string is not a docstring {1}"""
def k():
    "implicit" " concatenation"
class C:
    """Class docstring."""
    def method(self):
        """Method docstring."""
class D:
    u"""Unicode-prefixed docstring."""
    x = 1
async def af():
    """Async docstring."""
b"""bytes expression statement"""
"""Trailing string at module end."""
print(f.__doc__, g.__doc__, h.__doc__, i.__doc__, j.__doc__, k.__doc__, C.__doc__, D.__doc__)
