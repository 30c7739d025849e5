# Source nested deeper than the compiler allows, compiled at run time.
print("before")
try:
    exec("x = 1" + " + 1" * 20000)
except RecursionError as e:
    print("RecursionError:", e)
exec("f" + "()" * 20000)
