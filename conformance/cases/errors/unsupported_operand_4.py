# uncaught TypeError: NoneType in arithmetic
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
print(find("abc", "b"))
print(find("abc", "z"))
position = find("abc", "z") + 1
print(position)
