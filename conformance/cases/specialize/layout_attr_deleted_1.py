# del obj.x between reads of a cached instance attribute
class Box:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

boxes = [Box(i) for i in range(10)]
total = 0
for i in range(200):
    b = boxes[i % 10]
    if i == 77:
        del boxes[7].v
    if i == 150:
        boxes[7].v = 700
    try:
        total += b.v
    except AttributeError as e:
        print(i, "AttributeError:", e)
    total += b.w
    if i % 40 == 0:
        print(i, total)
print(total, vars(boxes[7]))
