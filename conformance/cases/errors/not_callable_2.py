# uncaught TypeError: a name shadowed by data is no longer callable
list_of_numbers = [1, 2, 3]
print(sum(list_of_numbers))
sum = 0
for n in list_of_numbers:
    sum += n
print(sum)
print(sum([4, 5]))
