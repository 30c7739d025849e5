# expect: full-stderr
# uncaught TypeError after __getitem__ is deleted from a class used in a specialized subscript
class Table:
    def __getitem__(self, k):
        return k + 1

t = Table()
s = 0
for i in range(90):
    if i == 66:
        print("s =", s)
        del Table.__getitem__
    s += t[i]
