import sys
try:
    import _raises
except ValueError as e:
    print("caught:", e)
print("_raises" in sys.modules)
try:
    import _raises
except ValueError as e:
    print("again:", e)
