import operator as op
class M:
    def __matmul__(self, o):
        return "matmul"
    def __rmatmul__(self, o):
        return "rmatmul"
print(op.matmul(M(), 1), op.matmul(1, M()), op.imatmul(M(), 1))
try:
    op.matmul(1, 2)
except TypeError as e:
    print(e)
