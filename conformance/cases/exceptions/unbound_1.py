# UnboundLocalError in its many forms
def case1():
    total += 1
def case2(flag):
    if flag:
        value = 1
    return value
def case3():
    for i in range(0):
        pass
    return i
def case4():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
def case5():
    print(n)
    for n in range(3):
        pass
n = "global n"
def case6():
    x = 1
    del x
    x += 1
for func, args in [(case1, ()), (case2, (False,)), (case3, ()), (case4, ()),
                   (case5, ()), (case6, ())]:
    try:
        func(*args)
    except UnboundLocalError as e:
        print(func.__name__, "UnboundLocalError:", e)
    except NameError as e:
        print(func.__name__, "NameError:", e)
total = 0
print(case2(True))
