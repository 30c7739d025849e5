# short-circuit evaluation: operands are evaluated at most once, left to right
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) or t("") or t("third") or t("never")
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(0) and t("never")
print(r, calls)
calls.clear()
r = t(0) and t("skipped") or t("or branch")
print(r, calls)
calls.clear()
r = t(1) or t("skipped") and t("also skipped")
print(r, calls)
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return bool(self.v)
    def __repr__(self):
        return "Loud(%r)" % self.v
print(Loud(0) or Loud(1) or Loud(2))
print(Loud(1) and Loud(0) and Loud(2))
print(not Loud(3))
x = Loud(5)
if x and x:
    print("each operand tested separately")
