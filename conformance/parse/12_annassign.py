# Annotated assignments: simple and complex targets.
from typing import List, Dict, Optional
a: int
b: int = 1
c: List[int] = [1, 2]
d: Dict[str, int] = {}
e: "forward" = None
f: Optional[int] = None
(g): int = 2
(h): int
class C:
    x: int
    y: str = "s"
    z: 'List[C]' = []
    def __init__(self):
        self.a: int = 1
        self.b: str
        self.c: List[int] = []
obj = C()
obj.attr: int = 5
lst = [0]
lst[0]: int = 1
d['k']: str = 'v'
(obj.attr): float = 2.5
(lst[0]): int = 3
def f(n: int) -> int:
    local: int = n
    other: float
    return local
t: tuple = 1, 2
u: int = (yield_ := 3)
v: list = [*lst]
w: int = x if (x := 1) else 2
print(b, c, d, e, f, g, obj.a, obj.attr, lst, f(3), t, u, v, w)
