# the else clause runs only without an exception; its own errors are not caught
def run(value):
    log = []
    try:
        try:
            n = int(value)
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            if n == 0:
                raise ZeroDivisionError("raised in else")
        finally:
            log.append("finally")
    except ZeroDivisionError as e:
        log.append("outer caught: " + str(e))
    return log
print(run("5"))
print(run("x"))
print(run("0"))
for v in ["1", "y"]:
    try:
        int(v)
    except ValueError:
        print(v, "-> except")
    else:
        print(v, "-> else")
while True:
    try:
        pass
    except Exception:
        pass
    else:
        print("else then break")
        break
