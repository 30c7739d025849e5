# two properties with the same name on two classes; instance __class__ flipped repeatedly
class A:
    @property
    def p(self):
        return "A.p"

class B:
    @property
    def p(self):
        return "B.p"
    @p.setter
    def p(self, v):
        pass

o = A()
log = []
for i in range(240):
    if i % 60 == 59:
        o.__class__ = B if type(o) is A else A
    log.append(o.p)
    if i % 60 in (58, 59, 0):
        print(i, log[-1])
print(log.count("A.p"), log.count("B.p"))
