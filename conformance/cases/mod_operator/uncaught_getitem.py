import operator
print(operator.getitem([1, 2], 0))
operator.getitem([1, 2], 5)
