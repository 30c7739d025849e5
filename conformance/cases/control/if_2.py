# conditions are evaluated lazily, only until one is true
def check(label, result):
    print("checking", label)
    return result
if check("a", False):
    print("branch a")
elif check("b", True):
    print("branch b")
elif check("c", True):
    print("branch c")
else:
    print("else")
if check("d", 0):
    print("d")
elif check("e", ""):
    print("e")
else:
    print("fell through to else")
if check("f", 1) and check("g", 0) or check("h", "yes"):
    print("compound true")
n = 15
if n % 3 == 0:
    if n % 5 == 0:
        print("FizzBuzz")
    else:
        print("Fizz")
elif n % 5 == 0:
    print("Buzz")
if n:
    pass
elif check("never", True):
    pass
print("done")
