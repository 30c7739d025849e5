# expect: jit
# a function with a while loop called once per iteration of a hot loop (escape times)
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n

def grid(w, h, limit):
    rows = []
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        row = []
        for x in range(w):
            row.append(escape(3.0 * x / w - 2.0, ci, limit))
        rows.append(row)
    return rows

rows = grid(60, 40, 30)
print(sum(sum(r) for r in rows), rows[20][30:40], rows[0][:5])
