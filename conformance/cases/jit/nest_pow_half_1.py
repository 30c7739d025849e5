# expect: jit
# x ** 0.5 over thousands of LCG floats from 1e-30 to 1e30; sums by repr and a bit-exact digest
import math

def gen(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append((seed / 2147483648 + 0.5) * 10.0 ** (seed % 61 - 30))
    return out

def roots(xs, out):
    s = 0.0
    for i in range(len(xs)):
        r = xs[i] ** 0.5
        s += r
        out[i] = r
    return s

def digest(rs):
    h = 0
    for r in rs:
        m, e = math.frexp(r)
        h = (h * 31 + int(m * 9007199254740992) + e) % 2305843009213693951
    return h

xs = gen(8000, 12345)
out = [0.0] * len(xs)
s = roots(xs, out)
print(repr(s), digest(out), sum(1 for x, r in zip(xs, out) if r != math.sqrt(x)))
print(repr(out[0]), repr(out[-1]), repr(min(out)), repr(max(out)))
