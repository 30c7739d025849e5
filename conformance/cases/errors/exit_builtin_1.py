# The exit() that CPython's site module provides ends the program like sys.exit.
print("about to exit")
try:
    quit()
except SystemExit as e:
    print("quit ->", e.code)
exit(5)
print("never")
