import operator as op
class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rsub__(self, o):
        return ("rsub", o)
    def __eq__(self, o):
        return "eq"
print(op.add(1, R()), op.sub(2, R()), op.eq(1, R()), op.iadd(3, R()))
