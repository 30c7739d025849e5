// Checks heapq, bisect and string against python3 (when present): the heap lists after each
// operation must match CPython's exactly, since the sift functions are ports of _heapqmodule.c.
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";

const PROGRAMS: string[] = [
  `import heapq
h = []
for x in [(i * 37) % 23 for i in range(30)]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(5)], h)
l = [(i * 53) % 31 for i in range(25)]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 17), heapq.heappushpop(l, 4), l)
print(heapq.nlargest(4, range(20), key=lambda x: x % 7), heapq.nsmallest(3, 'zyxwv'))
print(list(heapq.merge([1, 5, 9], [2, 2, 8], [0], key=lambda x: x)), list(heapq.merge([3, 1], [2], reverse=True)))`,
  `import bisect
a = [1, 2, 4, 4, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x, 1, 4) for x in range(10)])
for x in [3, 4, 0, 9]: bisect.insort(a, x)
print(a, bisect.bisect([('a', 1), ('b', 5)], 3, key=lambda p: p[1]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)`,
  `import string
print(string.ascii_letters, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords(' the  quick brown '), string.capwords('a_b_c', '_'))`,
];

Deno.test("heapq, bisect and string agree with python3", async () => {
  const python = await havePython();
  for (const src of PROGRAMS) {
    const here = runHere(src);
    assert.doesNotMatch(here, /Traceback/);
    if (python) assert.equal(here, await runPython(src));
  }
});

Deno.test("heapq.merge is lazy", () => {
  const out = runHere(`import heapq
def g():
    print('start')
    yield 1
m = heapq.merge(g())
print('made')
print(list(m))`);
  assert.equal(out, "made\nstart\n[1]\n");
});
