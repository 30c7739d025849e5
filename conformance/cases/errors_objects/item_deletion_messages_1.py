# del o[k] and o[k] = v on objects without the matching method.
class OnlySet:
    def __setitem__(self, k, v):
        pass
class OnlyDel:
    def __delitem__(self, k):
        pass
class Plain:
    pass
for target in [None, 1, 1.5, True, object(), len, "ab", b"x", (1,), range(3), {1},
               frozenset(), iter([]), type, ..., {}.keys(), OnlySet(), Plain()]:
    try:
        del target[0]
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for target in [None, "ab", (1,), OnlyDel(), Plain()]:
    try:
        target[0] = 1
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
