# same attribute name stored in instance dict, then a data descriptor appears on the class
class R:
    pass

r = R()
r.val = 5
for i in range(120):
    if i == 50:
        R.val = property(lambda self: "prop", lambda self, v: None)
    if i == 90:
        del R.val
    r.val = i
    if i % 10 == 0 or i in (49, 50, 51, 89, 90, 91):
        print(i, r.val, r.__dict__.get("val"))
