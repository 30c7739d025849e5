/**
 * Loops that call small Python helpers, shared by the tests of inlining in
 * both modes (`jit/uop_interp_test.ts`, `jit/lower_native_test.ts`): each
 * is run with its loop hot and compared with CPython.
 *
 * @module
 */

/** Programs by name; each prints what CPython 3.11 must print too. */
export const CALL_PROGRAMS: Record<string, string> = {
  square: `
def sq(x):
    return x * x
def run(n):
    s = 0
    for i in range(n):
        s += sq(i)
    return s
print(run(3000), sq(2 ** 40))
`,
  float_helper: `
def lerp(a, b, t):
    return a + (b - a) * t
def run(n):
    s = 0.0
    for i in range(n):
        s += lerp(-1.0, 3.0, (i % 100) / 100)
    return s
print(run(3000))
`,
  bool_helper: `
def odd(x):
    return x % 2 == 1
def run(n):
    c = 0
    t = 0
    for i in range(n):
        if odd(i):
            c += 1
        t += odd(i // 3)
    return c, t
print(run(3000))
`,
  default_arg: `
def f(x, k=3):
    return x * k % 1000
def run(n):
    s = 0
    for i in range(n):
        s += f(i)
        s += f(i, 5)
    return s
print(run(3000))
`,
  global_rebound: `
def helper(x):
    return x + 1
def other(x):
    return -x
def run(n):
    global helper
    s = 0
    for i in range(n):
        if i == 1500:
            helper = other
        s += helper(i)
    return s
print(run(3000))
`,
  code_swap: `
def f(x):
    return x + 1
def g(x):
    return x * 2
def run(n):
    s = 0
    for i in range(n):
        if i == 1500:
            f.__code__ = g.__code__
        s += f(i)
    return s
print(run(3000), f(21))
`,
  nested: `
def c(x):
    return x % 7 + 1
def b(x, y):
    return c(x) * 2 - c(y)
def a(x):
    return b(x, x + 5) - 3
def run(n):
    s = 0
    for i in range(n):
        s += a(i) + c(i)
    return s
print(run(3000))
`,
  too_deep: `
def d(x):
    return x % 7
def c(x):
    return d(x) + 1
def b(x):
    return c(x) * 2
def a(x):
    return b(x) - 3
def run(n):
    s = 0
    for i in range(n):
        s += a(i)
    return s
print(run(3000))
`,
  recursion: `
def tri(k):
    if k <= 0:
        return 0
    return k + tri(k - 1)
def run(n):
    s = 0
    for i in range(n):
        s += tri(i % 5)
    return s
print(run(3000))
`,
  method: `
class P:
    def __init__(self):
        self.k = 3
    def scale(self, x):
        return x * self.k
def run(n):
    p = P()
    s = 0
    for i in range(n):
        s += p.scale(i)
    return s
print(run(3000))
`,
  big_result: `
def grow(x):
    return x * x * x * x
def run(n):
    s = 0
    for i in range(n):
        s = (s + grow(i * 100)) % 1000003
    return s
print(run(3000))
`,
  helper_raises: `
class Stop(Exception):
    pass
def check(i):
    if i > 2000:
        raise Stop(i)
    return i % 3
def run(n):
    s = 0
    for i in range(n):
        s += check(i)
    return s
print(run(3000))
`,
  helper_divides_by_zero: `
def inv(x):
    return 100 // (x - 2500)
def run(n):
    s = 0
    for i in range(n):
        s += inv(i)
    return s
print(run(3000))
`,
};

/** The programs that end in an uncaught exception. */
export const RAISING = new Set(["helper_raises", "helper_divides_by_zero"]);

/** The `File ..., line N, in NAME` lines of a traceback, with the file name dropped. */
export function tracebackShape(stderr: string): string[] {
  return stderr.split("\n")
    .filter((l) => /^\s*File "/.test(l))
    .map((l) => l.trim().replace(/^File "[^"]*"/, "File"));
}
