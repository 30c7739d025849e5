# boolean operators: not binds tighter than and, and tighter than or
a, b, c = True, False, True
print(not a == b, (not a) == b)
print(a or b and c, (a or b) and c)
print(b and c or a, b and (c or a))
print(not a and b, not (a and b))
print(not b or b, not (b or b))
print(0 or 1 and 2, (0 or 1) and 2)
print(1 and 0 or 3, 1 and (0 or 3))
print(not 1 + 1, not 0 * 5)
print(not 1 < 2, not 1 < 2 < 3)
print(1 if a else 2 if b else 3)
print((1 if a else 2) + 10, 1 if a else 2 + 10)
x = lambda: 1 if a else 2
print(x())
print(True or 1 / 0, False and 1 / 0)
print(not None, not [], not [0])
print([] or [] and 1, ([] or []) and 1)
