# expect: jit
# a read of a[-len-1] of a bool list in a native loop escapes and is caught outside
def run(flags, n):
    c = 0
    for i in range(n):
        if flags[-i - 1]:
            c += 1
    return c

flags = [True, False, True] * 2000
print(run(flags, 6000))
try:
    print(run(flags, 6001))
except IndexError as e:
    print("IndexError", e)
print(run(flags, 3))
