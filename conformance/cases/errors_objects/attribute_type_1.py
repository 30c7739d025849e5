class C:
    x = 10
    def __init__(self):
        self.y = 20
print(C.x, C().y)
print(hasattr(C, "y"))
print(C.y)
