# a callable instance called in a hot loop; __call__ on its class replaced then removed
class Fn:
    def __call__(self, x):
        return x + 1

fn = Fn()
for i in range(150):
    if i == 60:
        Fn.__call__ = lambda self, x: x * 100
    if i == 100:
        del Fn.__call__
    try:
        r = fn(i)
    except TypeError as e:
        r = "TypeError: " + str(e)
    if i % 20 == 0 or i in (59, 60, 99, 100):
        print(i, r)
