# the with statement calls __enter__ and __exit__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False
with CM("a") as v:
    print("body with", v)
with CM("b"):
    print("body without as")
class SelfReturning:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit got", len(args), "arguments:", args)
with SelfReturning() as s:
    print(type(s).__name__)
def use():
    with CM("in function") as v:
        return v.upper()
print(use())
with CM("outer") as o:
    with CM("inner") as i:
        print(o, "/", i)
print("after")
