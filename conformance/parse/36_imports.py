# import statements.
import os
import sys, math
import os.path
import os.path as osp
import collections.abc as cabc, json as j
from os import path
from os import path as p, sep
from os.path import (join, exists as ex)
from os.path import (
    dirname,
    basename,
)
from collections import *
from math import pi, e as euler, tau
import importlib.util
def local_import():
    import string
    from functools import reduce
    return string.digits, reduce
class WithImport:
    import itertools
    from itertools import chain as ch
try:
    import not_a_real_module_xyz
except ImportError:
    not_a_real_module_xyz = None
if False:
    from . import sibling
    from .. import parent
print(os.sep, sys.maxsize > 0, math.pi, osp is os.path, path, p, sep, join, ex, pi, euler, tau)
print(local_import()[0], WithImport.ch, cabc.Sequence, j.dumps(1), OrderedDict)
