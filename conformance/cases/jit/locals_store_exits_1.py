# expect: jit
# x = a op b over locals stored straight to a local: an int overflowing
# int64 leaves native code mid-loop with both operands rebuilt, and the loop
# goes on with big ints; a float division by zero raises where CPython does
def grow(n):
    b = 1
    c = 1
    i = 0
    while i < n:
        b = c * b
        i += 1
        if i == 2500:
            c = 3
    return b.bit_length(), i


def halves(n):
    x = 1.0
    y = 3000.0
    i = 0
    out = 0.0
    while i < n:
        out = x / y
        y = y - 1.0
        i += 1
    return out


print(grow(3000))
try:
    print(halves(4000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
