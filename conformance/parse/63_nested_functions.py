# Functions nested in functions, classes and control flow.
def level1():
    def level2():
        def level3():
            def level4():
                return 4
            return level4() + 3
        return level3() + 2
    return level2() + 1
def conditional(flag):
    if flag:
        def impl():
            return "yes"
    else:
        def impl():
            return "no"
    return impl()
def in_loop():
    funcs = []
    for i in range(3):
        def capture(i=i):
            return i
        funcs.append(capture)
    return [f() for f in funcs]
def in_try():
    try:
        def risky():
            raise ValueError
        risky()
    except ValueError:
        def recover():
            return "recovered"
        return recover()
class Holder:
    def method(self):
        def helper(x):
            return x * 2
        class Inner:
            def deep(self):
                return helper(21)
        return Inner().deep()
def recursive_inner(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(level1(), conditional(True), conditional(False), in_loop(), in_try(), Holder().method(), recursive_inner(5))
