// Projection on small loops: the uops it emits, the side branch history picks, where it stops
// and why it refuses. Each loop runs in tier 1 until its back edge is hot, then is projected.
import assert from "node:assert/strict";
import "../vm/run.ts";
import { parse } from "../vm/parser.ts";
import { compile } from "../vm/compiler.ts";
import { MemoryHost } from "../vm/host.ts";
import { Vm } from "../vm/vm.ts";
import type { Frame } from "../vm/frame.ts";
import { Specializer } from "../vm/specialize.ts";
import type { Executor, Tier2 } from "../vm/tier2.ts";
import { projectTrace } from "./trace.ts";
import type { Rejection, Trace } from "./trace_ir.ts";
import { UOP_BY_NAME } from "./uops.ts";
import { Op } from "../vm/opcodes.ts";
import { MAX_INLINE_DEPTH } from "./inline.ts";

/** The first projection of each hot loop of `source`, by the loop's code name. */
function project(source: string, threshold = 8, maxOps?: number): Map<string, Trace | Rejection> {
  const got = new Map<string, Trace | Rejection>();
  const tier2: Tier2 = {
    hot(_vm: Vm, frame: Frame, instr: number) {
      const name = frame.code.co_qualname;
      const projected = projectTrace(frame, instr, maxOps);
      if (!got.has(name)) got.set(name, projected);
      got.set(`${name}@${frame.pc}`, projected);
      // Never hot again: the loop goes on in tier 1.
      frame.code.co_code[instr + 1] = 0xfff0;
    },
    run: (_vm: Vm, frame: Frame, _e: Executor) => frame,
    restored() {},
  };
  const host = new MemoryHost();
  const vm = new Vm(host, { argv: ["t.py"], filename: "t.py", source });
  vm.specializer = new Specializer(false, false, threshold);
  vm.tier2 = tier2;
  vm.run(compile(parse(source, "t.py"), "t.py"));
  return got;
}

function trace(x: Trace | Rejection | undefined): Trace {
  if (x === undefined || "reason" in x) assert.fail(`not a trace: ${x && (x as Rejection).reason}`);
  return x as Trace;
}

const names = (t: Trace) => t.ops.map((o) => o.uop);

Deno.test("an int loop over a range: guards, int uops, and the jump to the top", () => {
  const t = trace(
    project(`
def f():
    t = 0
    for i in range(100):
        t = t + i
    return t
f()
`).get("f"),
  );
  assert.deepEqual(names(t), [
    "_ITER_CHECK_RANGE",
    "_FOR_ITER_RANGE",
    "_STORE_FAST",
    "_LOAD_FAST",
    "_LOAD_FAST",
    "_GUARD_BOTH_INT",
    "_BINARY_OP_ADD_INT",
    "_STORE_FAST",
    "_JUMP_TO_TOP",
  ]);
  assert.equal(t.entrySp, t.code.co_nlocalsplus + 1);
  assert.equal(t.entryTypes[t.entrySp - 1], "range_iter");
  assert.deepEqual(t.entryTypes.slice(0, 2), ["int", "int"]);
  // Every op carries its instruction and the depth before it; the loop's pc is its head.
  assert.equal(t.ops[0].pc, t.start);
  assert.equal(t.ops[0].sp, t.entrySp);
  assert.equal(t.ops[2].sp, t.entrySp + 1);
  for (const op of t.ops) assert.ok(UOP_BY_NAME.has(op.uop), op.uop);
});

Deno.test("a branch is a guard toward its hot side", () => {
  const got = project(`
def mostly_taken():
    t = 0
    for i in range(100):
        if i % 10 == 0:
            t += 1
    return t
def mostly_not():
    t = 0
    for i in range(100):
        if i % 10 != 0:
            t += 1
    return t
mostly_taken()
mostly_not()
`);
  // \`if c: body\` jumps over the body when c is false: mostly false means mostly jumping.
  const taken = names(trace(got.get("mostly_taken")));
  assert.ok(taken.includes("_GUARD_IS_FALSE_POP"), taken.join(" "));
  assert.ok(!taken.includes("_BINARY_OP_ADD_INT"), "the cold body is not in the trace");
  const not = names(trace(got.get("mostly_not")));
  assert.ok(not.includes("_GUARD_IS_TRUE_POP"), not.join(" "));
  assert.ok(not.includes("_BINARY_OP_ADD_INT"), "the hot body is in the trace");
});

Deno.test("globals become dict-entry dependencies, read live", () => {
  const t = trace(
    project(`
K = 3
def f():
    t = 0
    for i in range(100):
        t += K + len("ab")
    return t
f()
`).get("f"),
  );
  const ops = names(t);
  assert.ok(ops.includes("_LOAD_GLOBAL_MODULE"));
  assert.ok(ops.includes("_LOAD_GLOBAL_BUILTIN"));
  assert.ok(ops.includes("_CALL_LEN"));
  assert.ok(t.dependencies.length >= 2);
  for (const d of t.dependencies) assert.equal(d.kind, "dict_entry");
});

Deno.test("stops: a call of Python code not inlined, an inner loop, a return", () => {
  // g's star parameter keeps its call from inlining (jit/inline.ts rule 2).
  const got = project(`
def g(x, *rest):
    return x
def calls():
    t = 0
    for i in range(100):
        t += g(i)
    return t
def nested():
    t = 0
    for i in range(100):
        t += 1
        for j in range(3):
            t += j
    return t
calls()
nested()
`);
  const c = trace(got.get("calls"));
  const last = c.ops[c.ops.length - 1];
  assert.equal(last.uop, "_EXIT_TRACE");
  // The stop is at the CALL, with the callable, NULL and argument on the stack.
  assert.equal(last.sp, c.entrySp + 4);
  // The inner loop closes; the outer one stops at the inner loop's back edge.
  const nested = [...got].filter(([k]) => k.startsWith("nested@")).map(([, t]) => trace(t));
  assert.equal(nested.length, 2);
  const ends = nested.map((t) => t.ops[t.ops.length - 1].uop).sort();
  assert.deepEqual(ends, ["_EXIT_TRACE", "_JUMP_TO_TOP"]);
});

Deno.test("rejections: untranslatable first instruction, nothing to do, too long", () => {
  const got = project(
    `
def gen():
    for i in range(100):
        yield i
def ones():
    while True:
        yield 1
def over_gen():
    t = 0
    for v in gen():
        t += v
    return t
def long_body():
    t = 0
    for i in range(100):
        t = t + i
        t = t - i
        t = t + i
    return t
over_gen()
long_body()
o = ones()
for _ in range(100):
    next(o)
`,
    8,
    6,
  );
  const og = got.get("over_gen") as Rejection;
  assert.equal(og.reason, "UNSUPPORTED_FIRST");
  // Only a constant pushed before the yield: nothing worth a trace.
  assert.equal((got.get("ones") as Rejection).reason, "TOO_SHORT");
  assert.equal(trace(got.get("gen")).ops.at(-1)!.uop, "_EXIT_TRACE");
  // Six uops at most: the range step fits, then the trace stops early.
  const lb = trace(got.get("long_body"));
  assert.ok(lb.ops.length <= 6);
  assert.equal(lb.ops[lb.ops.length - 1].uop, "_EXIT_TRACE");
  const tiny = project(
    `
def f():
    for i in range(100):
        pass
f()
`,
    8,
    1,
  ).get("f") as Rejection;
  assert.equal(tiny.reason, "TOO_LONG");
});

Deno.test("within one instruction, no uop that can exit follows one that changed the frame", () => {
  const t = trace(
    project(`
class P:
    def __init__(self):
        self.x = 1
def f():
    p = P()
    xs = [1, 2, 3]
    t = 0
    for i in range(100):
        t = t + p.x + xs[i % 3]
        a, b = (t, i)
    return t
f()
`).get("f"),
  );
  let pc = -1;
  let changed = false;
  for (const op of t.ops) {
    if (op.pc !== pc) [pc, changed] = [op.pc, false];
    const exits = UOP_BY_NAME.get(op.uop)!.exit !== "none";
    assert.ok(!(changed && exits && op.uop !== "_JUMP_TO_TOP"), `${op.uop} at ${op.pc}`);
    if (!op.uop.startsWith("_GUARD_") && !op.uop.startsWith("_ITER_CHECK_")) changed = true;
  }
});

// -- Inlined calls (jit/inline.ts) ----------------------------------------------------------

Deno.test("a call of a small helper is projected through its body and back", () => {
  const t = trace(
    project(`
def sq(x):
    return x * x
def f():
    s = 0
    for i in range(100):
        s += sq(i)
    return s
f()
`).get("f"),
  );
  const n = names(t);
  const push = n.indexOf("_PUSH_FRAME"), pop = n.indexOf("_POP_FRAME");
  assert.deepEqual(n.slice(push - 1, pop + 1), [
    "_CHECK_FUNCTION_VERSION",
    "_PUSH_FRAME",
    "_LOAD_FAST",
    "_LOAD_FAST",
    "_GUARD_BOTH_INT",
    "_BINARY_OP_MULTIPLY_INT",
    "_POP_FRAME",
  ]);
  assert.equal(n[n.length - 1], "_JUMP_TO_TOP");
  // The callee's ops run one frame deep, at its own units; the caller's after it at depth 0.
  const f = t.frames![0];
  assert.equal(f.code.co_name, "sq");
  assert.equal(f.depth, 1);
  assert.equal(f.nargs, 1);
  for (const op of t.ops.slice(push + 1, pop + 1)) {
    assert.equal(op.depth, 1);
    assert.equal(op.frame, 0);
  }
  assert.equal(t.ops[push].depth, undefined);
  assert.equal(t.ops[pop + 1].pc, f.resume);
  assert.equal(t.ops[pop + 1].sp, f.base + 1);
  assert.ok(t.dependencies.some((d) => d.kind === "function_code" && d.code === f.code));
});

Deno.test("a recursive call is not inlined: the trace stops at it", () => {
  const t = trace(
    project(`
def tri(k):
    if k <= 0:
        return 0
    return k + tri(k - 1)
def f():
    s = 0
    for i in range(100):
        s += tri(i % 5 + 3)
    return s
f()
`).get("f"),
  );
  const n = names(t);
  assert.equal(n.filter((u) => u === "_PUSH_FRAME").length, 1);
  const last = t.ops[t.ops.length - 1];
  assert.equal(last.uop, "_EXIT_TRACE");
  assert.equal(last.depth, 1);
  assert.equal(t.frames![0].code.co_code[last.pc] & 0xff, Op.CALL_PY_EXACT_ARGS);
});

Deno.test("calls nest up to MAX_INLINE_DEPTH frames; a deeper one stops the trace", () => {
  const t = trace(
    project(`
def d(x):
    return x % 7
def c(x):
    return d(x) + 1
def b(x):
    return c(x) * 2
def a(x):
    return b(x) - 3
def f():
    s = 0
    for i in range(100):
        s += a(i)
    return s
f()
`).get("f"),
  );
  assert.deepEqual(t.frames!.map((x) => [x.code.co_name, x.depth]), [["a", 1], ["b", 2], ["c", 3]]);
  assert.equal(MAX_INLINE_DEPTH, 3);
  const last = t.ops[t.ops.length - 1];
  assert.equal(last.uop, "_EXIT_TRACE");
  assert.equal(last.depth, 3);
});

Deno.test("calls that leave out defaulted parameters inline, the defaults pushed as constants", () => {
  const t = trace(
    project(`
def g(x, k=3):
    return x * k
def f():
    s = 0
    for i in range(100):
        s += g(i, 2)
        s += g(i)
    return s
f()
`).get("f"),
  );
  const ops = names(t);
  assert.equal(ops.filter((u) => u === "_PUSH_FRAME").length, 2);
  // The second call: its guard sees one argument, the frame push two (the default after it).
  const pushes = t.ops.flatMap((o, k) => o.uop === "_PUSH_FRAME" ? [k] : []);
  const second = pushes[1];
  assert.equal(t.ops[second].oparg, 2);
  assert.deepEqual([t.ops[second - 1].uop, t.ops[second - 1].operand], ["_LOAD_CONST_INLINE", 3]);
  assert.deepEqual([t.ops[second - 2].uop, t.ops[second - 2].oparg], [
    "_CHECK_FUNCTION_VERSION",
    1,
  ]);
  const deps = t.dependencies.filter((d) => d.kind === "function_code");
  assert.deepEqual(deps.map((d) => d.kind === "function_code" && d.defaults), [[], [3]]);
  assert.equal(t.ops[t.ops.length - 1].uop, "_JUMP_TO_TOP");
});
