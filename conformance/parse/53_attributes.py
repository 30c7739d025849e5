# Attribute access chains mixed with calls and subscripts.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
    def first(self):
        return self.children[0]
    def path(self):
        return [self.value]
tree = Node(1, [Node(2, [Node(3)]), Node(4)])
a = tree.value
b = tree.children[0].value
c = tree.first().first().value
d = tree.children[0].children[0].path()[0]
e = tree.first().path
f = (tree).value
g = (tree.first()).value
h = tree.children[-1].children
i = "a.b".split(".")[0].upper().lower()
j = [1, 2].index(2)
k = (1).bit_length()
l = 1.5.hex()
m = {'a': 1}.get('a')
n = tree.__class__.__name__
o = tree.first().__dict__['value']
tree.first().value = 20
tree.children[1].parent = tree
setattr(tree, 'extra', 1)
p = getattr(tree, 'extra')
q = Node.first(tree).value
r = str.join(",", ["a", "b"])
s = tree.children[0].first().path()[-1:]
print(a, b, c, d, e(), f, g, h, i, j, k, l, m, n, o, p, q, r, s)
