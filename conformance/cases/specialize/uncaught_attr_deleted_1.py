# expect: full-stderr
# uncaught AttributeError after a cached instance attribute is deleted
class Node:
    def __init__(self, v):
        self.value = v

def read(n):
    return n.value

n = Node(3)
total = 0
for i in range(100):
    if i == 70:
        print("deleting at", i, "total", total)
        del n.value
    total += read(n)
print("not reached")
