# ZeroDivisionError from // and % caught inside a hot loop; the loop goes on
def run(n):
    s = 0
    errs = 0
    msgs = []
    for i in range(n):
        d = i % 1000
        try:
            s += i // d
            s += i % d
        except ZeroDivisionError as e:
            errs += 1
            if str(e) not in msgs:
                msgs.append(str(e))
    return s, errs, msgs

print(run(12000))
def mod_only(n):
    s = 0
    for i in range(n):
        try:
            s += 7 % (i % 3000)
        except ZeroDivisionError as e:
            s += 1000
            m = str(e)
    return s, m
print(mod_only(12000))
