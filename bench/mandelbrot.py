"""Mandelbrot set: tight float loops with while/break, int counters, comparisons."""

SIZE = 500  # bench size

MAX_ITER = 100


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def mandelbrot(width, height, max_iter):
    rows = []
    for y in range(height):
        ci = 2.4 * y / height - 1.2
        row = []
        for x in range(width):
            cr = 3.0 * x / width - 2.1
            row.append(escape_time(cr, ci, max_iter))
        rows.append(row)
    return rows


def render(rows, max_iter, step):
    # Characters are about twice as tall as wide: sample columns twice as often.
    chars = " .:-=+*#%@"
    lines = []
    for row in rows[::step]:
        line = []
        for n in row[::max(1, step // 2)]:
            if n >= max_iter:
                line.append("@")
            else:
                line.append(chars[n * (len(chars) - 1) // max_iter])
        lines.append("".join(line).rstrip())
    return lines


def main():
    rows = mandelbrot(SIZE, SIZE, MAX_ITER)
    inside = 0
    total = 0
    checksum = 0
    for y, row in enumerate(rows):
        for x, n in enumerate(row):
            total += n
            if n == MAX_ITER:
                inside += 1
            checksum = (checksum * 33 + n) & 0xFFFFFFFF
    step = max(1, SIZE // 24)
    for line in render(rows, MAX_ITER, step):
        print(line)
    print("points inside:", inside)
    print("iterations:", total)
    print("mandelbrot checksum:", checksum)


if __name__ == "__main__":
    main()
