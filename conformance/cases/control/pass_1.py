# pass as an empty statement everywhere a block is required
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    print("else after pass")
finally:
    pass
def with_doc():
    "a docstring alone is also a valid body"
print(with_doc())
def ellipsis_body():
    ...
print(ellipsis_body())
x = 1; pass; y = 2
print(x + y)
