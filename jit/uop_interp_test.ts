// The uop interpreter end to end: loop programs run with their loops as traces (projected by
// `jit/trace.ts`, installed by a minimal tier 2 here), compared with CPython's output.
import assert from "node:assert/strict";
import "../vm/run.ts";
import { parse } from "../vm/parser.ts";
import { compile } from "../vm/compiler.ts";
import { MemoryHost } from "../vm/host.ts";
import { Vm } from "../vm/vm.ts";
import type { Frame } from "../vm/frame.ts";
import { Op } from "../vm/opcodes.ts";
import { backedOff, Specializer } from "../vm/specialize.ts";
import type { Executor, Tier2 } from "../vm/tier2.ts";
import { projectTrace } from "./trace.ts";
import { UopExecutor } from "./uop_interp.ts";
import { Tier2Stats } from "./stats.ts";
import { CALL_PROGRAMS, RAISING, tracebackShape } from "./inline_programs.ts";

/** Tier 2 reduced to projection and the uop interpreter: no optimizer, no native code. */
class TestTier2 implements Tier2 {
  readonly stats = new Tier2Stats();
  hot(_vm: Vm, frame: Frame, instr: number): void {
    const units = frame.code.co_code;
    this.stats.projected++;
    const trace = projectTrace(frame, instr);
    if ("reason" in trace) {
      units[instr + 1] = backedOff(units[instr + 1]);
      return;
    }
    const ex = new UopExecutor(trace, units[instr] >>> 8, this.stats);
    this.stats.compiled++;
    units[instr] = Op.ENTER_EXECUTOR | ((frame.code.executors.push(ex) - 1) << 8);
  }
  run(vm: Vm, frame: Frame, executor: Executor): Frame {
    return (executor as UopExecutor).run(vm, frame);
  }
  restored(frame: Frame, instr: number, _executor: Executor): void {
    const units = frame.code.co_code;
    units[instr + 1] = backedOff(units[instr + 1]);
    this.stats.invalidated++;
  }
}

function runUops(source: string, stress: boolean, threshold = 16) {
  const host = new MemoryHost();
  const code = compile(parse(source, "/t/prog.py"), "/t/prog.py");
  const vm = new Vm(host, { argv: ["/t/prog.py"], filename: "/t/prog.py", source });
  vm.specializer = new Specializer(stress, false, threshold);
  const tier2 = new TestTier2();
  vm.tier2 = tier2;
  const status = vm.run(code);
  host.flush();
  return { status, out: host.stdout, err: host.stderr, stats: tier2.stats };
}

async function python(source: string): Promise<{ status: number; out: string; err: string }> {
  const p = new Deno.Command("python3", {
    args: ["-c", source],
    stdout: "piped",
    stderr: "piped",
  }).outputSync();
  await Promise.resolve();
  return {
    status: p.code,
    out: new TextDecoder().decode(p.stdout),
    err: new TextDecoder().decode(p.stderr),
  };
}

/** The last line of a traceback: the exception, which both must agree on. */
const lastLine = (s: string) => s.trimEnd().split("\n").pop() ?? "";

const PROGRAMS: Record<string, string> = {
  int_arith: `
def f(n):
    t = 0
    for i in range(n):
        t = t + i * 3 - 1
    return t
print(f(1000), f(10))
`,
  float_arith: `
def f(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + 0.25 - 0.125
    return x
print(f(500))
`,
  overflow_to_bigint: `
def f():
    x = 1
    for i in range(100):
        x = x * 3 + 1
    return x
print(f())
`,
  branches_both_ways: `
def f(n):
    a = b = 0
    for i in range(n):
        if i % 7 == 0:
            a += 1
        else:
            b += 2
        if i > n - 5:
            a -= 100
    return a, b
print(f(300))
`,
  type_change_mid_loop: `
def f():
    t = 0
    out = []
    for i in range(200):
        x = i if i < 100 else float(i)
        t = t + x * x
        if i == 150:
            t = "s"
            out.append(t)
            t = 0
    return t, out
print(f())
`,
  globals_rebound: `
K = 1
def g(x):
    return x
def f():
    global K
    t = 0
    for i in range(300):
        t += K
        if i == 100:
            K = 10
        if i == 200:
            globals()['NEWNAME'] = i
    return t
print(f(), NEWNAME)
`,
  builtin_shadowed: `
def f():
    t = 0
    for i in range(300):
        t += len("abc")
        if i == 150:
            globals()['len'] = lambda s: 100
    return t
print(f())
`,
  exception_in_loop: `
def f():
    t = 0
    for i in range(100):
        try:
            t += 10 // (i - 50)
        except ZeroDivisionError:
            t += 1000
    return t
print(f())
def g(xs):
    t = 0
    for x in xs:
        t += x
    return t
try:
    print(g([1, 2, 3] * 30 + ["a"]))
except TypeError as e:
    print("TypeError", e)
`,
  uncaught: `
def f():
    xs = list(range(40))
    t = 0
    for i in range(100):
        t += xs[i]
    return t
print(f())
`,
  nested_loops: `
def f(n):
    t = 0
    for i in range(n):
        for j in range(i):
            t += i * j
        t -= 1
    return t
print(f(60))
`,
  iterables: `
def f():
    t = 0
    for x in [1, 2, 3, 4] * 20:
        t += x
    for y in (5, 6, 7) * 20:
        t -= y
    s = ""
    for c in "abcdef" * 5:
        s = s + c
    return t, s
print(f())
`,
  while_break_continue: `
def f():
    i = 0
    t = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > 500:
            break
        t += i
    return t
print(f())
`,
  attributes_and_calls: `
class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
class Q:
    def __init__(self):
        self.x = 0
    def m(self):
        return 1
import math
def f():
    p = P()
    q = Q()
    out = []
    d = {}
    for i in range(200):
        q.x = q.x + p.a
        p.b = p.b + 1
        out.append(i % 3)
        d[i % 5] = d.get(i % 5, 0) + 1
        if isinstance(i, int) and len(out) > 0:
            q.x += int(math.sqrt(4.0))
        a, b = (i, i + 1)
        c, e, g = [a, b, i]
        out[i // 2] = c
    return q.x, p.b, sum(out), d, i in d, 3 in d
print(f())
`,
  module_level_loop: `
t = 0
for i in range(1000):
    t += i
    if i == 500:
        i = None
print(t)
x = None
n = 0
while n < 100:
    n += 1
    if x is None:
        x = n if n > 90 else None
print(x, n)
`,
  generator_break: `
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("closed")
def f():
    t = 0
    for k in range(30):
        for v in gen():
            if v == 2:
                break
            t += v
    return t
print(f())
`,
};

for (const stress of [false, true]) {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    Deno.test(`uops${stress ? " --stress" : ""}: ${name} as CPython`, async () => {
      const want = await python(source);
      const got = runUops(source, stress);
      assert.equal(got.out, want.out);
      assert.equal(got.status, want.status === 0 ? 0 : 1);
      assert.equal(lastLine(got.err), lastLine(want.err));
    });
  }
}

Deno.test("hot loops run as traces, and exits are counted", () => {
  const got = runUops(PROGRAMS.int_arith, false);
  assert.ok(got.stats.compiled >= 1);
  assert.ok(got.stats.iterations > 900, `iterations: ${got.stats.iterations}`);
  assert.ok([...got.stats.exits.keys()].some((l) => /^f:4 @\d+ _FOR_ITER_RANGE$/.test(l)));
});

Deno.test("a keys change invalidates the trace at its next entry", () => {
  const got = runUops(PROGRAMS.globals_rebound, false);
  assert.ok(got.stats.invalidated >= 1);
  assert.ok(got.stats.entryMisses >= 1);
});

// -- Inlined calls (jit/inline.ts): loops calling small helpers -------------------------

for (const stress of [false, true]) {
  for (const [name, source] of Object.entries(CALL_PROGRAMS)) {
    Deno.test(`uops${stress ? " --stress" : ""}: calls: ${name} as CPython`, async () => {
      const want = await python(source);
      const got = runUops(source, stress);
      assert.equal(got.out, want.out);
      assert.equal(got.status, want.status === 0 ? 0 : 1);
      assert.equal(lastLine(got.err), lastLine(want.err));
      // The frames of the traceback are CPython's: the helper's line, under the loop's.
      if (RAISING.has(name)) assert.deepEqual(tracebackShape(got.err), tracebackShape(want.err));
    });
  }
}

Deno.test("a loop calling a small helper runs through it and closes", () => {
  const got = runUops(CALL_PROGRAMS.square, false);
  // Only the loop's own exit: the call, the multiply and the return all stay in the trace.
  assert.deepEqual([...got.stats.exits.keys()].map((l) => l.replace(/@\d+ /, "")), [
    "run:6 _FOR_ITER_RANGE",
  ]);
  assert.ok(got.stats.iterations > 2900, `iterations: ${got.stats.iterations}`);
});

Deno.test("an exit inside a helper resumes tier 1 in the helper's frame", () => {
  const got = runUops(CALL_PROGRAMS.helper_raises, false);
  assert.ok(
    [...got.stats.exits.keys()].some((l) => l.startsWith("check:5 ")),
    [
      ...got.stats.exits.keys(),
    ].join(),
  );
});
