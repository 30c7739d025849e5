# __exit__ runs on return, break, continue; failures in __enter__
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.name)
            raise RuntimeError("enter " + self.name)
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("---")
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("body not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("only", fail_enter=True):
        pass
except RuntimeError as e:
    print("caught", e)
