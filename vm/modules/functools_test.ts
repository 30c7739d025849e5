// Runs functools programs in the interpreter and in python3 (when present) and compares them;
// also checks the LRU cache's bound and deep recursion through a cached function.
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";

const PROGRAMS: string[] = [
  `import functools as ft
@ft.lru_cache(maxsize=3)
def f(x, *, k=0):
    return x + k
for v in [1, 2, 3, 1, 4, 2, 1, 1, 5]:
    f(v)
print(f.cache_info())
print(f(1, k=1), f(1, k=1), f(k=1, x=1), f.cache_info())
print(ft.reduce(lambda a, b: a * 10 + b, range(10)), ft.reduce(max, [], None))
p = ft.partial(ft.partial(sorted, reverse=True), key=abs)
print(p([3, -5, 1]), p.args, p.keywords)
@ft.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print([(G(a) < G(b), G(a) > G(b), G(a) <= G(b)) for a in range(2) for b in range(2)])
print(sorted('hello world', key=ft.cmp_to_key(lambda a, b: ord(b) - ord(a))))`,
  `import functools as ft
for call in [lambda: ft.reduce(len, []), lambda: ft.partial(), lambda: ft.lru_cache('x'),
             lambda: ft.total_ordering(object), lambda: ft.cmp_to_key(len)(1) < 2,
             lambda: ft.wraps(), lambda: ft.update_wrapper(len)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)`,
];

Deno.test("functools agrees with python3", async () => {
  const python = await havePython();
  for (const src of PROGRAMS) {
    const here = runHere(src);
    assert.doesNotMatch(here, /Traceback/);
    if (python) assert.equal(here, await runPython(src));
  }
});

Deno.test("a bounded lru_cache never holds more than maxsize entries", () => {
  const out = runHere(`import functools as ft
@ft.lru_cache(maxsize=5)
def f(x):
    return x
sizes = set()
for i in range(1000):
    f(i % 37)
    sizes.add(f.cache_info().currsize)
print(max(sizes), f.cache_info().misses)`);
  assert.equal(out, "5 1000\n");
});

Deno.test("recursion through lru_cache reaches the recursion limit as a RecursionError", () => {
  const out = runHere(`import functools as ft
@ft.cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
try:
    depth(100000)
except RecursionError:
    print("RecursionError")
print(depth(300))`);
  assert.equal(out, "200\nRecursionError\n300\n");
});
