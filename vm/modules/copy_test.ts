// Checks copy against python3 (when present): identity of shared and cyclic parts after
// deepcopy, the hooks, and instances with __dict__ and __slots__.
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";

const PROGRAMS: string[] = [
  `import copy
a = [1, {'k': (2, [3])}]; a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1]['k'][1] is a[1]['k'][1], copy.copy(a)[1] is a[1], copy.deepcopy((1, 'x')) is not None)
class S:
    __slots__ = ('p', 'q')
class D:
    def __init__(self): self.l = [1]; self.me = self
s = S(); s.p = [1]; t = copy.deepcopy(s); print(t.p, t.p is s.p, hasattr(t, 'q'))
d = copy.deepcopy(D()); print(d.l, d.me is d)
class H:
    def __deepcopy__(self, memo): return 'H!'
    def __copy__(self): return 'h!'
print(copy.copy(H()), copy.deepcopy([H()]))`,
];

Deno.test("copy agrees with python3", async () => {
  const python = await havePython();
  for (const src of PROGRAMS) {
    const here = runHere(src);
    assert.doesNotMatch(here, /Traceback/);
    if (python) assert.equal(here, await runPython(src));
  }
});
