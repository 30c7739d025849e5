# assignment to attributes of instances, classes and nested objects
class Node:
    kind = "class attr"
n = Node()
print(n.kind)
n.kind = "instance attr"
print(n.kind, Node.kind)
del n.kind
print(n.kind)
n.child = Node()
n.child.child = Node()
n.child.child.value = 42
print(n.child.child.value)
Node.kind = "changed on class"
print(n.kind, n.child.kind)
n.a, n.b = 1, 2
print(n.a, n.b)
n.x = n.y = []
print(n.x is n.y)
setattr(n, "dyn", "set by setattr")
print(n.dyn, getattr(n, "a"))
print(sorted(vars(n)))
def f():
    pass
f.attr = "function attribute"
print(f.attr)
class Empty:
    pass
Empty.new_class_attr = 5
print(Empty().new_class_attr)
