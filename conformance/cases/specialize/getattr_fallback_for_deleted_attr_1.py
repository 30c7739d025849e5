# __getattr__ exists from the start; instance attr hit is cached, then deleted -> __getattr__
class Fallback:
    def __init__(self):
        self.x = "real"
    def __getattr__(self, name):
        return "fallback-" + name

f = Fallback()
for i in range(150):
    if i == 50:
        del f.x
    if i == 100:
        f.x = "back"
    r = f.x
    if i % 25 == 0 or i in (49, 50, 51, 99, 100, 101):
        print(i, r, f.other)
