# Relative imports with every level (parsed only; never executed here).
def never_called():
    from . import a
    from .. import b
    from ... import c
    from .... import d
    from ..... import e
    from .mod import f
    from ..mod import g
    from ...pkg.mod import h
    from .mod import (i, j as jj)
    from . import (k,)
    from .mod import *
    from ..pkg import *
    from .a.b.c import d as e2
    from . import x, y as z
    return a, b, c, d, e, f, g, h, i, jj, k, e2, x, z
def also_never():
    import a.b.c
    import a.b.c as abc
    from a import b
    from a.b import c
    return a, abc, b, c
print(never_called.__name__, also_never.__name__)
