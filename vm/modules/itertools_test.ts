// Runs programs over every itertools type in the interpreter and in python3 (when present) and
// compares their output; also checks properties that output alone does not show (laziness, the
// bounded memory of tee).
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";

const PROGRAMS: string[] = [
  `import itertools as it
print(list(it.islice(it.count(5, -0.25), 6)), it.count(3, 2), it.repeat('a', 2))
print(list(it.product('ab', [1, 2], repeat=2))[:5], len(list(it.permutations(range(5), 3))))
print(list(it.combinations(range(6), 4))[-3:], list(it.combinations_with_replacement('abc', 3))[4:8])
print(list(it.accumulate(range(8), lambda a, b: a * 2 + b, initial=1)))
print(list(it.zip_longest(range(3), 'abcde', fillvalue=0)), list(it.pairwise(range(5))))
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
for args in [(5,), (1, 9, 2), (None, 4), (2, None), (0, 9, None)]:
    print(args, list(it.islice(range(12), *args)))`,
  `import itertools as it
for bad in [("a",), (-1,), (1, -1), (0, 1, 0), (0, 1, -3), (2**70,), ("x", 3)]:
    try:
        it.islice([], *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for f, a in [(it.permutations, ([1], -1)), (it.combinations, ([1], -2)), (it.tee, ([1], -1))]:
    try:
        f(*a)
    except ValueError as e:
        print(e)`,
];

Deno.test("itertools agrees with python3", async () => {
  const python = await havePython();
  for (const src of PROGRAMS) {
    const here = runHere(src);
    assert.doesNotMatch(here, /Traceback/);
    if (python) assert.equal(here, await runPython(src));
  }
});

Deno.test("itertools types are lazy iterators named as CPython's", () => {
  const out = runHere(`import itertools as it
seen = []
def src():
    for i in range(10**9):
        seen.append(i)
        yield i
objs = [it.islice(src(), 3), it.takewhile(lambda x: x < 2, src()), it.accumulate(src()),
        it.chain(src()), it.compress(src(), it.repeat(1)), it.pairwise(src())]
for o in objs:
    next(o)
print(len(seen) < 20, [type(o).__name__ for o in objs])`);
  assert.equal(
    out,
    "True ['islice', 'takewhile', 'accumulate', 'chain', 'compress', 'pairwise']\n",
  );
});

Deno.test("tee readers far apart still see every item", () => {
  const out = runHere(`import itertools as it
a, b = it.tee(iter(range(100000)))
print(sum(a), next(b), sum(b))`);
  assert.equal(out, `${(100000 * 99999) / 2} 0 ${(100000 * 99999) / 2}\n`);
});
