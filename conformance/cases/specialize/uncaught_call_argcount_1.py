# expect: full-stderr
# uncaught TypeError: function redefined with a different arity under a specialized CALL
def step(x):
    return x + 1

v = 0
for i in range(100):
    if i == 75:
        print("v =", v)
        def step(x, y):
            return x + y
    v = step(v)
