# annotations are accepted, evaluated at def time, and not enforced
def ann(label):
    print("evaluating annotation", label)
    return label
def f(a: ann("a"), b: ann("b") = 2, *args: ann("args"), c: ann("c"), **kw: ann("kw")) -> ann("return"):
    return a, b, args, c, kw
print(f(1, c=3))
def g(x: int) -> str:
    return x * 2
print(g(21), g("ab"), g([1]))
def h(items: list[int], mapping: dict[str, int] = {}) -> None:
    return len(items) + len(mapping)
print(h([1, 2], {"a": 1}))
def forward(x: "SomeUndefinedName") -> "AlsoUndefined":
    return x
print(forward("strings are fine"))
class K:
    def method(self: "K", n: int = 0) -> "K":
        return self
print(type(K().method()).__name__)
lam = lambda x: x
print(lam(5))
def defaults_then(a: ann("ann a") = ann("default a")):
    return a
print(defaults_then())
