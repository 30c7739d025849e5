d = {"a": 1, 2: "two", (1, 2): "t"}
for key in ("b", 3, (1, 3), None, 2.5, "", ("x",)):
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1: 2}] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1}]
except TypeError as e:
    print("TypeError:", e)
