# expressions are evaluated left to right
def v(tag, value=None):
    print("eval", tag)
    return tag if value is None else value
print(v("a", 1) + v("b", 2) * v("c", 3))
print("---")
print(v("f", lambda *a, **k: (a, k))(v("x"), v("y"), k=v("z")))
print("---")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print("---")
print([v(1), v(2)][v("i", 0)])
print("---")
print(v("base", 2) ** v("exp", 3))
print("---")
v("obj", [1, 2])[v("idx", 0)] = v("val")
print("---")
print(v("l", 1) < v("m", 2) > v("n", 0))
print("---")
print(v("cond", True) and v("rhs"), v("t") if v("c", 1) else v("f"))
