# __new__ added to a class after instance creation was specialized
class Node:
    count = 0
    def __init__(self, v):
        self.v = v

made = []
for i in range(150):
    if i == 60:
        def new(cls, v):
            cls.count += 1
            obj = object.__new__(cls)
            obj.born = "new"
            return obj
        Node.__new__ = new
    if i == 110:
        Node.__new__ = lambda cls, v: ("not a node", v)
    n = Node(i)
    made.append(type(n).__name__)
    if i % 20 == 0 or i in (59, 60, 61, 109, 110):
        print(i, n if isinstance(n, tuple) else (n.v, getattr(n, "born", None)))
print(Node.count, made.count("Node"), made.count("tuple"))
