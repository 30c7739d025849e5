# an object with __add__ and __lt__ replaces an int at iteration 5000
class Box:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Box(self.v + other * 2)
    def __lt__(self, other):
        return self.v < other
    def __repr__(self):
        return "Box(%r)" % (self.v,)

def run(n):
    x = 0
    small = 0
    for i in range(n):
        if i == 5000:
            x = Box(x)
        x = x + 1
        if x < 7000:
            small += 1
    return x, small

print(run(12000))
