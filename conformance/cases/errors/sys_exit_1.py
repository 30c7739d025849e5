# sys.exit(3) ends the program with status 3 and prints nothing to stderr
import sys
print("doing work")
for i in range(3):
    print("step", i)
sys.exit(3)
print("never printed")
