# SystemExit can be caught; its code comes from the argument
import sys
for args in [(), (0,), (3,), ("message",), (None,), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, "->", repr(e.code), e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit(5) code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit('bye') code", repr(e.code))
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs during SystemExit")
try:
    cleanup()
except SystemExit as e:
    print("caught after finally, code", e.code)
try:
    try:
        sys.exit(1)
    except Exception:
        print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("still running")
