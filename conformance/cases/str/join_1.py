print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(" ".join("abc"), "|".join(("t", "u")), ", ".join(str(i) for i in range(5)))
print("::".join({"k1": 1, "k2": 2}), "".join(reversed("stressed")))
print(repr("\n".join(["l1", "l2", ""])), "😀".join("ab"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
