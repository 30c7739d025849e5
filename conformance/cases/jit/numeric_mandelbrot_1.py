# expect: jit
# escape-time mandelbrot on a small grid; rows printed as counts
def point(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < limit:
        t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        if zr * zr + zi * zi > 4.0:
            break
        k += 1
    return k

def row(y, w, limit):
    s = 0
    inside = 0
    for x in range(w):
        k = point(-2.0 + 2.5 * x / w, -1.25 + 2.5 * y / 16, limit)
        s += k
        if k == limit:
            inside += 1
    return s, inside

for y in range(16):
    print(y, row(y, 60, 80))
