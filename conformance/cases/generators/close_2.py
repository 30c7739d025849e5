# GeneratorExit is not caught by "except Exception"; with blocks exit on close
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release, exc_type =", exc_type.__name__ if exc_type else None)
def reader():
    with Resource():
        try:
            for i in range(10):
                yield i
        except Exception:
            print("never: GeneratorExit is not an Exception")
r = reader()
print(next(r), next(r))
r.close()
print("after close")
def consumer():
    seen = []
    try:
        while True:
            seen.append((yield))
    finally:
        print("consumer saw", seen)
c = consumer()
next(c)
for v in "abc":
    c.send(v)
c.close()
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested_finally()
next(n)
n.close()
