# `x is None`, `x is not None`, `==None` style tests with objects whose __eq__ lies
class Liar:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    __hash__ = object.__hash__

vals = [None, 0, ""] * 20 + [Liar(), None, False, Liar()]
cnt = [0, 0, 0]
for i, v in enumerate(vals):
    if v is None:
        cnt[0] += 1
    if v == None:
        cnt[1] += 1
    if not v is not None:
        cnt[2] += 1
    if i >= 58 or i % 20 == 0:
        print(i, type(v).__name__, v is None, v == None, v != None)
print(cnt)
