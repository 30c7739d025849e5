// Side traces end to end, in `uops` and `jit` mode: a branch taken a third of the time stops
// leaving to tier 1 once its side trace exists; a side trace's own guard failing; a side
// trace's folded global changing (the root is invalidated with its side traces); and the
// range step recorded at projection (native code exists at installation).
import assert from "node:assert/strict";
import { nativeBackend } from "../ffi/native_backend.ts";
import { runProgram, stat } from "./run_testutil.ts";

const jitReady = nativeBackend().available;
const run = (args: string[], source: string) => runProgram([...args, "--stats"], source);

const MODES = [["--mode=uops"], ["--mode=jit"]];

const ALTERNATING = `
def f(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        else:
            total -= 1
    return total
print(f(30000))
`;

for (const args of MODES) {
  Deno.test({
    name: `${args[0]}: a branch taken 1 time in 3 runs in a side trace, with few exits`,
    ignore: args[0] === "--mode=jit" && !jitReady,
    fn: () => {
      const r = run(args, ALTERNATING);
      // CPython 3.11 prints this.
      assert.equal(r.stdout, "149965000\n", r.stderr);
      assert.equal(stat(r.stderr, "side traces"), 1, r.stderr);
      // The threshold's exits, the loop's end: not one per minority iteration (10000).
      assert.ok(stat(r.stderr, "exits taken") < 100, r.stderr);
      assert.ok(stat(r.stderr, "links taken") > 15000, r.stderr);
    },
  });
}

const NESTED = `
def f(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            if i % 5 == 0:
                t += 7
            else:
                t += 1
        else:
            t -= 1
    return t
def g(n):
    t = 0
    for i in range(n):
        if i % 4 == 0:
            t += 1
            if i > 20000:
                t = t + 0.5
        else:
            t -= 1
    return t
print(f(30000), g(30000))
`;

for (const args of [...MODES, ...MODES.map((a) => [...a, "--stress"])]) {
  Deno.test({
    name: `${args.join(" ")}: side traces whose own guards fail`,
    ignore: args[0] === "--mode=jit" && !jitReady,
    fn: () => {
      const r = run(args, NESTED);
      // CPython 3.11 prints this.
      assert.equal(r.stdout, "2000 -13750.5\n", r.stderr);
      assert.equal(r.status, 0);
      // f's inner branch gets a side trace of the side trace.
      assert.ok(stat(r.stderr, "side traces") >= 2, r.stderr);
    },
  });
}

const INVALIDATED = `
K = 1
def f(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += K
        else:
            t -= 1
    return t
def setk(v):
    global K
    K = v
out = []
for k in range(1, 4):
    setk(k * 10)
    out.append(f(6000))
print(out)
`;

for (const args of MODES) {
  Deno.test({
    name: `${args[0]}: a global a side trace folded in changes, and the loop goes on right`,
    ignore: args[0] === "--mode=jit" && !jitReady,
    fn: () => {
      const r = run(args, INVALIDATED);
      // CPython 3.11 prints this.
      assert.equal(r.stdout, "[16000, 36000, 56000]\n", r.stderr);
      assert.ok(stat(r.stderr, "side traces") >= 1, r.stderr);
      // Native code folds K: its change invalidates the root, whose side traces go with it.
      if (args[0] === "--mode=jit") assert.ok(stat(r.stderr, "invalidated") >= 1, r.stderr);
    },
  });
}

Deno.test({
  name: "jit: a range loop's native code exists at installation (projection records the step)",
  ignore: !jitReady,
  fn: () => {
    const r = run(["--mode=jit", "--jit-dump"], ALTERNATING);
    assert.equal(r.stdout, "149965000\n", r.stderr);
    // The step (1) is patched into the native _FOR_ITER_RANGE when the trace is installed.
    assert.match(r.stderr, /_FOR_ITER_RANGE oparg=\d+ operand0=1/);
    assert.match(r.stderr, /uops, native ---/);
  },
});

const ENCLOSED = `
def gcd_total(n):
    total = 0
    for i in range(1, n):
        a = i * 7919
        b = i + 104729
        while b:
            a, b = b, a % b
        total += a
    return total
print(gcd_total(6000))
`;

for (const args of MODES) {
  Deno.test({
    name: `${args[0]}: an inner loop's exit goes round the enclosing loop back to its head`,
    ignore: args[0] === "--mode=jit" && !jitReady,
    fn: () => {
      const r = run(args, ENCLOSED);
      // CPython 3.11 prints this.
      assert.equal(r.stdout, "5999\n", r.stderr);
      // One entry per few hundred outer iterations, not one per iteration (5999).
      assert.ok(stat(r.stderr, "entries") < 200, r.stderr);
      assert.ok(stat(r.stderr, "links taken") > 5000, r.stderr);
      if (args[0] === "--mode=jit") {
        // The root now carries `total`, `i` and the outer range iterator for its side trace.
        assert.equal(stat(r.stderr, "roots rebuilt to carry slots"), 1, r.stderr);
      }
    },
  });
}
