# uncaught TypeError: too many positional arguments
def area(width, height):
    return width * height
print(area(2, 3))
print(area(height=4, width=5))
print(area(1, 2, 3))
