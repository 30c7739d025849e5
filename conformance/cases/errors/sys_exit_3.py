# sys.exit(0) and sys.exit() exit successfully even from deep inside calls
import sys
def inner():
    print("inner exits with 0")
    try:
        sys.exit(0)
    finally:
        print("finally still runs")
def outer():
    inner()
    print("never")
outer()
