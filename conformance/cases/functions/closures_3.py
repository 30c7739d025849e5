# free variables that are unbound when the closure runs
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "now bound"
    return inner()
print(outer())
def deleted():
    x = 1
    def read():
        return x
    del x
    try:
        return read()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
def modifies_without_nonlocal():
    count = 0
    def inc():
        try:
            count += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
    return inc()
print(modifies_without_nonlocal())
def class_in_function():
    y = "enclosing"
    class K:
        y = "class attr"
        def get(self):
            return y
    return K().get(), K.y
print(class_in_function())
