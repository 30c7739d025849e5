# recursion through __repr__ and __str__ hits the limit and is caught
class Node:
    def __init__(self, name):
        self.name = name
        self.next = self
    def __repr__(self):
        return f"Node({self.name}, next={self.next!r})"
n = Node("a")
try:
    repr(n)
except RecursionError as e:
    print("repr:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class Loop:
    def __str__(self):
        return "Loop(" + str(self) + ")"
try:
    print(Loop())
except RecursionError as e:
    print("str:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
n.next = None
print(repr(n))
a = Node("a")
b = Node("b")
a.next, b.next = b, None
print(a)
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
