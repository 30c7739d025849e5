# annotated assignment at module level: the annotation is evaluated
def note(label):
    print("evaluating annotation", label)
    return int
x: note("x") = 5
print(x)
y: int
try:
    print(y)
except NameError as e:
    print("NameError:", e)
z: list[int] = [1, 2]
print(z)
w: "a string annotation" = "w"
print(w)
count: int = 0
for i in range(3):
    count += i
print(count)
a: tuple = 1, 2
print(a)
class Point:
    x: int = 0
    y: int
    label: note("class body") = "pt"
print(Point.x, Point.label, hasattr(Point, "y"))
