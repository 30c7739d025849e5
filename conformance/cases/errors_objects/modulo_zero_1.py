print(7 % 3, -7 % 3, 7 % -3)
print(divmod(7, 2))
print(7.5 % 2)
m = 0
print(7 % m)
