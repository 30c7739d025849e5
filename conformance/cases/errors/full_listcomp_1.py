# expect: full-stderr
# an error inside a list comprehension and a lambda shows their frames
scale = lambda x: 100 // x
values = [5, 4, 0, 2]
print([scale(v) for v in values[:2]])
result = [scale(v) for v in values]
print(result)
