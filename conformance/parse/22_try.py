# try / except / else / finally in all combinations.
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return "zero"
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError):
    pass
except (IndexError, AttributeError) as e:
    print(e)
except Exception as exc:
    print(exc)
else:
    pass
finally:
    pass
try:
    x = 1
finally:
    x = 2
try:
    x = int("bad")
except ValueError as e:
    msg = str(e)
else:
    msg = ""
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
    finally:
        cleaned = True
except ValueError as outer:
    print(outer, outer.__context__)
errors = (ValueError, TypeError)
try:
    pass
except errors:
    pass
except getattr(__builtins__, "OSError", OSError):
    pass
try: x = 3
except: x = 4
else: x = 5
finally: x = 6
try:
    pass
except ValueError or TypeError:
    pass
print(f(0), f(2), x, msg, cleaned)
