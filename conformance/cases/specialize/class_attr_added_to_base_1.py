# attribute lookup on instance falls through to base class; base gains attribute later
class Base:
    pass

class Mid(Base):
    pass

class Leaf(Mid):
    color = "leaf"

obj = Leaf()
for i in range(140):
    if i == 50:
        Base.size = 5
    if i == 80:
        Mid.size = 7
    if i == 100:
        Leaf.color = "green"
    if i == 120:
        del Mid.size
    try:
        s = obj.size
    except AttributeError:
        s = None
    if i % 10 == 0 or i in (49, 50, 79, 80, 99, 100, 119, 120):
        print(i, obj.color, s)
