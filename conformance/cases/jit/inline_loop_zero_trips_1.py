# expect: jit
# the callee's loop runs 0, 1 or 2 times; its variable is unbound after no trips
def last(n):
    for i in range(n):
        pass
    return i

def f(n):
    s = 0
    errors = 0
    for k in range(n):
        try:
            s += last(k % 3)
        except UnboundLocalError as e:
            errors += 1
            msg = str(e)
    return s, errors, msg

print(f(9000))
