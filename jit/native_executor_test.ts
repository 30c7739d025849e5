// When entering native code pays: an executor whose entries run a loop only once or twice
// retires (tier 1 runs the loop again, and it is traced again only after a long wait); one
// whose entries run a few heavy iterations stays.
import assert from "node:assert/strict";
import { nativeBackend } from "../ffi/native_backend.ts";
import { runProgram, stat } from "./run_testutil.ts";

const jitReady = nativeBackend().available;
const run = (source: string) => runProgram(["--mode=jit", "--stats"], source);

Deno.test({
  name: "a generator's loop that yields every other iteration retires",
  ignore: !jitReady,
  fn: () => {
    const r = run(`
def odd_squares(n):
    for x in range(n):
        if x & 1:
            yield x * x
print(sum(odd_squares(200000)))
`);
    // CPython 3.11 prints this.
    assert.equal(r.stdout, "1333333333300000\n", r.stderr);
    assert.ok(stat(r.stderr, "retired for short trips") >= 1, r.stderr);
    // Each retirement waits longer: a handful of tries, not one per few thousand iterations.
    assert.ok(stat(r.stderr, "traces projected") < 12, r.stderr);
  },
});

Deno.test({
  name: "a float loop entered for three iterations at a time stays native",
  ignore: !jitReady,
  fn: () => {
    const r = run(`
def escape(cr, ci):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < 50:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n
t = 0
for k in range(20000):
    t += escape(-1.6 + (k % 7) * 0.01, 0.9)
print(t)
`);
    assert.equal(r.stdout, "60000\n", r.stderr);
    assert.equal(stat(r.stderr, "retired for short trips"), 0, r.stderr);
    assert.ok(stat(r.stderr, "entries") > 15000, r.stderr);
  },
});
