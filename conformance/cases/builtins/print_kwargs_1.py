import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print()
print(sep="x")
print("", end="")
print(1, 2.5, None, True, [1], sep="|")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5), sep="-")
print(*[], sep="-", end="<end>\n")
print("multi\nline", "tab\tsep", sep="\n")
print("a", end="")
print("b", end="\n\n")
print("after blank")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
