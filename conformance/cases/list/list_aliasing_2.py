def add(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(add(1), add(2))
def add_bad(item, target=[]):
    target.append(item)
    return target
print(add_bad(1), add_bad(2))
a = [1, 2]
b = a
b.append(3)
print(a)
b = b + [4]
print(a, b)
def mutate(lst):
    lst[0] = "changed"
    lst = ["rebound"]
    return lst
orig = [0, 1]
print(mutate(orig), orig)
row = [0] * 3
board = [row] * 2
board[0][1] = 5
print(board, board[0] is board[1])
