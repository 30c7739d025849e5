# identifiers: underscores, digits, case, soft keywords as names
_ = 1
__ = 2
_x1 = 3
X1_ = 4
camelCase = 5
CamelCase = 6
print(_, __, _x1, X1_, camelCase, CamelCase)
match = "match is a soft keyword"
case = "so is case"
type = "and type"
print(match, case, type, sep=" | ")
def match(case):
    return case * 2
print(match(21))
café = "non-ascii identifier"
print(café)
ifx = 1; forx = 2; None_ = 3; true = 4
print(ifx + forx + None_ + true)
__dunder__ = "dunder"
print(__dunder__, __name__)
print(sorted(n for n in dir() if n.startswith("_x") or n.startswith("X1")))
