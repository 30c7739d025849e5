# KeyError shows the repr of the missing key
d = {"a": 1}
for key in ["b", "", 0, 2.5, None, (1, 2), ("t",), True, "quote's", "multi\nline"]:
    try:
        d[key]
    except KeyError as e:
        print(f"str={str(e)} repr={e!r} args={e.args}")
try:
    d.pop("zz")
except KeyError as e:
    print(e)
try:
    del d["yy"]
except KeyError as e:
    print(e)
try:
    set().remove("elem")
except KeyError as e:
    print(e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, repr(e))
