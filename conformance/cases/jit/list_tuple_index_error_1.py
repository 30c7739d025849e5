# expect: jit
# t[i] past the end of an int tuple at one iteration, caught in the loop
def run(n):
    t = (2, 4, 6, 8)
    s = 0
    for i in range(n):
        try:
            s += t[i % 5]
        except IndexError as e:
            if i < 10:
                print("IndexError", e)
    return s, t[-4]

print(run(6000))
