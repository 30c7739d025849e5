def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
a = [1]; a.append(a)
b = copy.deepcopy(a); print(b, b[1] is b, b is a)
d = {}; d['self'] = d
e = copy.deepcopy(d); print(e, e['self'] is e)
shared = [0]
x = [shared, shared]
y = copy.deepcopy(x); print(y[0] is y[1], y[0] is shared)
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is n1)
