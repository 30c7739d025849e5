# with combined with try/finally, loops and generators of resources
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append("close " + self.name + (" after " + exc_type.__name__ if exc_type else ""))
def work(n):
    try:
        with Res("r" + str(n)) as r:
            for i in range(3):
                with Res(r.name + "." + str(i)):
                    if i == n:
                        raise ValueError(i)
                    if i == 1:
                        break
    except ValueError:
        log.append("handled")
    finally:
        log.append("finally " + str(n))
work(0)
work(5)
for line in log:
    print(line)
