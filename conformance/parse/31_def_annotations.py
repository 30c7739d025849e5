# Annotations on parameters and returns.
from typing import Any, Callable, Dict, List, Optional, Tuple
def f(a: int) -> int:
    return a
def g(a: int, b: str = "x") -> str:
    return b * a
def h(*args: int, **kwargs: str) -> None:
    pass
def i(a: "forward", b: 'List[int]') -> 'Optional[str]':
    return None
def j(a: List[int] = [], *, b: Dict[str, Any] = {}) -> Tuple[int, ...]:
    return tuple(a)
def k(x: int, /, y: float, *, z: complex) -> bool:
    return True
def l(callback: Callable[[int, str], bool]) -> Callable[..., Any]:
    return callback
def m(a: 1 + 2, b: [1, 2], c: {'k': 'v'}, d: lambda: 0) -> (1, 2):
    pass
def n(self: "C", value: int | None = None) -> "C":
    return self
def o() -> int if True else str:
    return 1
class C:
    def method(self: "C", x: int) -> "C":
        return self
    async def amethod(self) -> None:
        pass
print(f(1), g(2), h(), i(1, 2), j(), k(1, 2.0, z=1j), l(print), m(1, 2, 3, 4), o())
print(f.__annotations__, h.__annotations__)
