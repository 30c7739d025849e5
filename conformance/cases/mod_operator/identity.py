import operator as op
a = [1]
b = [1]
print(op.is_(a, a), op.is_(a, b), op.is_not(a, b), op.is_not(None, None), op.is_(None, None))
print(op.is_(True, True), op.is_not(1, None))
try:
    op.is_(1)
except TypeError as e:
    print(e)
