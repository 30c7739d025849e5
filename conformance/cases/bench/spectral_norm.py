"""Spectral norm of an infinite matrix: float division, nested loops, list indexing, calls."""

SIZE = 20  # bench size


def eval_a(i, j):
    # Entry (i, j) of the matrix A: 1 / ((i+j)(i+j+1)/2 + i + 1).
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * v[j]
        out[i] = total


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * v[j]
        out[i] = total


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return vbv, vv


def main():
    vbv, vv = spectral_norm(SIZE)
    print("vBv =", vbv)
    print("vv =", vv)
    print("spectral norm: %.9f" % ((vbv / vv) ** 0.5))


if __name__ == "__main__":
    main()
