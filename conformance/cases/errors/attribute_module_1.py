# uncaught AttributeError on a module
import sys
print(sys.getrecursionlimit() > 0)
print(type(sys.argv).__name__)
print(sys.no_such_function_here())
