// Checks collections against python3 (when present) on programs mixing every type, and the
// deque's ring buffer directly: wrap-around, growth and the O(1) ends.
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";
import { PyDeque } from "./collections_deque.ts";

const PROGRAMS: string[] = [
  `from collections import deque
d = deque(range(5), maxlen=4)
d.rotate(3); d.appendleft('x'); d.extend('yz'); d.insert(1, 'w') if len(d) < 4 else None
print(d, d.index('z'), d.count('y'), d[1], d[-2], list(reversed(d)))
for bad in [lambda: deque().popleft(), lambda: d[9], lambda: d.remove(42), lambda: deque([], -1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)`,
  `from collections import defaultdict, Counter, OrderedDict, namedtuple
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, Counter('abracadabra').most_common(3), Counter(a=3) - Counter(a=1, b=2))
o = OrderedDict.fromkeys('abc'); o.move_to_end('a'); print(o, o == OrderedDict.fromkeys('bca'))
P = namedtuple('P', 'x y', defaults=[0]); print(P(1), P(1, 2)._replace(y=5), P._make('ab')._asdict())`,
];

Deno.test("collections agrees with python3", async () => {
  const python = await havePython();
  for (const src of PROGRAMS) {
    const here = runHere(src);
    assert.doesNotMatch(here, /Traceback/);
    if (python) assert.equal(here, await runPython(src));
  }
});

Deno.test("deque ring buffer wraps and grows", () => {
  const d = new PyDeque();
  for (let i = 0; i < 5; i++) d.pushLeft(i);
  for (let i = 5; i < 40; i++) d.pushRight(i);
  assert.equal(d.length, 40);
  assert.deepEqual(d.toArray().slice(0, 7), [4, 3, 2, 1, 0, 5, 6]);
  assert.equal(d.popLeft(), 4);
  assert.equal(d.popRight(), 39);
  assert.equal(d.buf.length, 64);
  const b = new PyDeque();
  b.maxlen = 2;
  b.append(1);
  b.append(2);
  b.appendLeft(0);
  assert.deepEqual(b.toArray(), [0, 1]);
});

Deno.test("deque iterators detect mutation", () => {
  const out = runHere(`from collections import deque
d = deque([1, 2])
it = iter(d)
d.append(3)
try:
    next(it)
except RuntimeError as e:
    print(e)`);
  assert.equal(out, "deque mutated during iteration\n");
});
