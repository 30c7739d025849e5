# pass, break, continue, return in their usual places.
def nothing():
    pass
def early(n):
    if n:
        return
    return None
def value(n):
    return n * 2
def tup():
    return 1, 2
def tup_trailing():
    return 1,
def star_return(a):
    return *a, 1
def paren():
    return (1)
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    pass
else:
    pass
while True:
    break
while False:
    continue
n = 0
while n < 3:
    n += 1
    if n == 1:
        continue
    else:
        pass
for i in range(3):
    for j in range(3):
        if j:
            break
    else:
        continue
    break
class Empty:
    pass
class Doc:
    "docstring only"
def ellipsis_body():
    ...
print(nothing(), early(1), value(2), tup(), tup_trailing(), star_return([0]), paren())
