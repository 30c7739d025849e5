# a global used in a hot loop is deleted mid-loop: NameError caught, then re-created
factor = 3
def scaled(x):
    return x * factor

errs = 0
total = 0
for i in range(160):
    if i == 70:
        del factor
    if i == 120:
        factor = 10
    try:
        total += scaled(i)
    except NameError as e:
        errs += 1
        if errs <= 2:
            print(i, "NameError:", e)
    if i % 20 == 0:
        print(i, total)
print(errs, total)
