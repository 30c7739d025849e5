# exceptions raised by user dunders propagate through built-in operations
class BadEq:
    def __eq__(self, other):
        raise ValueError("eq failed")
    __hash__ = object.__hash__
class BadLen:
    def __len__(self):
        raise KeyError("len failed")
class BadIter:
    def __iter__(self):
        raise TypeError("iter failed")
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
class BadStr:
    def __str__(self):
        raise IndexError("str failed")
def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
show("in list", lambda: 1 in [BadEq()])
show("list.index", lambda: [BadEq()].index(1))
show("len", lambda: len(BadLen()))
show("bool", lambda: bool(BadLen()))
show("list()", lambda: list(BadIter()))
show("for", lambda: [x for x in BadIter()])
show("set add", lambda: {BadHash()})
show("dict key", lambda: {BadHash(): 1})
show("str", lambda: str(BadStr()))
show("f-string", lambda: f"{BadStr()}")
show("print", lambda: print(BadStr()))
same = BadEq()
show("identity is checked first", lambda: same in [same])
show("then equality", lambda: same in [BadEq()])
