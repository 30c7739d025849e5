# docstrings are stored on functions and classes
def documented():
    """Return nothing, but say so."""
def multi_line():
    """First line.

    More detail here.
    """
    return 1
def no_doc():
    x = "not a docstring because it is not first"
    return x
def string_after_statement():
    pass
    "too late to be a docstring"
class K:
    """Class docstring."""
    def m(self):
        'single-quoted method docstring'
print(repr(documented.__doc__))
print(repr(multi_line.__doc__))
print(no_doc.__doc__, string_after_statement.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__)
lam = lambda: "lambda body"
print(lam.__doc__)
def f_string_not_doc():
    f"""not a docstring {1}"""
print(f_string_not_doc.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__, documented())
