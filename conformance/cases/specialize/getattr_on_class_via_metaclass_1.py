# class-level attribute misses; metaclass gains __getattr__ mid-loop
class Meta(type):
    pass

class K(metaclass=Meta):
    present = 1

for i in range(130):
    if i == 50:
        Meta.__getattr__ = lambda cls, name: cls.__name__ + "." + name
    if i == 100:
        K.missing = "now real"
    try:
        r = K.missing
    except AttributeError as e:
        r = "AttributeError: " + str(e)
    if i % 20 == 0 or i in (49, 50, 99, 100):
        print(i, r, K.present)
