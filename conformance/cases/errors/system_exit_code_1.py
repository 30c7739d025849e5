# raise SystemExit(n) uses n as the exit status; finally blocks run first
def run():
    try:
        print("running")
        raise SystemExit(4)
    finally:
        print("cleanup before exit")
try:
    run()
except Exception:
    print("SystemExit is not an Exception")
