d = {"a": 1, "b": 2.5, "c": "text", "d": [1, 2]}
print("%(a)d %(b).1f %(c)s %(d)s" % d)
print("%(a)05d|%(b)-8.2f|%(c)10s|%(c)-10s|" % d)
print("%(c)r %(a)x %(a)#o %(b)e" % d)
print("%(a)s %(a)s %(a)s" % d)
print("%%(a)s %(a)s" % d)
print("%s" % {"k": 1}, "%r" % ({"k": 1},))
print("%(missing)s" % {"missing": None})
print("%(a)+d %(b)+g" % {"a": 5, "b": -0.5})
try:
    print("%(zzz)s" % d)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(a)s" % (1,))
except TypeError as e:
    print("TypeError:", e)
