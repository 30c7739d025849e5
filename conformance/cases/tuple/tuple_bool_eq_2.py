print((0,) == (False,), (1, 1) == (True, 1.0), (0.0,) == (-0.0,))
print((1, 2) == (1, 2, 3), (1, 2) != [1, 2], () != [], () == ())
print(((1,),) == ((1,),), ([],) == ([],), ({},) == ({},))
class E:
    def __eq__(self, other):
        return True
e = E()
print((e,) == (1,), (1, e) == (1, "anything"), (e, 1) == (2, 2))
print(e in (1, 2), (e,).count(5), (1, 2, 3).index(3))
