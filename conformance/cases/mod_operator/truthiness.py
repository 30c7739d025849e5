import operator as op
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
print(op.truth(L()), op.not_(L()), op.truth(B()), op.not_(B()), op.truth(0.0), op.not_(None))
class Bad:
    def __bool__(self):
        return 2
try:
    op.truth(Bad())
except TypeError as e:
    print(e)
print(op.contains("", ""), op.contains([None], None))
