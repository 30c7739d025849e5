# expect: jit
# math.sqrt on ints and floats, perfect squares checked with floor
import math

def run(n):
    s = 0.0
    squares = 0
    for i in range(n):
        r = math.sqrt(i)
        s += r
        if math.floor(r) * math.floor(r) == i:
            squares += 1
    return s, squares

print(run(12000))
print(math.sqrt(2), math.sqrt(0), repr(math.sqrt(-0.0)), math.sqrt(1e308), math.sqrt(2 ** 80))
