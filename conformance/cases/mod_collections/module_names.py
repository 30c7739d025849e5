def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import collections
print(collections.deque.__module__, collections.defaultdict.__module__, collections.OrderedDict.__module__, collections.Counter.__module__)
print(collections.deque.__name__, collections.defaultdict.__name__)
print(issubclass(collections.defaultdict, dict), issubclass(collections.Counter, dict), issubclass(collections.OrderedDict, dict))
from collections import *
print(deque, defaultdict, Counter, OrderedDict)
print(callable(namedtuple))
