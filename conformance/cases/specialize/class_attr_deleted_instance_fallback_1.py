# instance attribute shadows class attribute; class attribute deleted then re-added
class C:
    v = "class"

a = C()
b = C()
b.v = "inst"
for i in range(150):
    if i == 40:
        del C.v
    if i == 90:
        C.v = "class2"
    if i == 110:
        del b.v
    try:
        ra = a.v
    except AttributeError as e:
        ra = "AttributeError: " + str(e)
    rb = b.v
    if i % 15 == 0 or i in (39, 40, 89, 90, 109, 110):
        print(i, ra, rb)
