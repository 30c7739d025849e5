// Native lowering end to end: hand-made traces (shaped as projection makes them) compiled and
// run on real frames, exits checked slot by slot; every rejection reason; and whole programs in
// `jit` mode against CPython's output.
import assert from "node:assert/strict";
import "./modes.ts";
import { parse } from "../vm/parser.ts";
import { compile } from "../vm/compiler.ts";
import { CodeObject } from "../vm/code.ts";
import { Frame } from "../vm/frame.ts";
import { PyDict } from "../vm/dict.ts";
import { PyFloat, type PyObject, T } from "../vm/object.ts";
import { RangeIterator } from "../vm/range.ts";
import type { Vm } from "../vm/vm.ts";
import { EXT_INT_MUL_FLOAT } from "../vm/specialize.ts";
import { nativeBackend, noneBackend } from "../ffi/native_backend.ts";
import { compileNative } from "./native_executor.ts";
import { optimize } from "./optimizer.ts";
import { Tier2Stats } from "./stats.ts";
import { CALL_PROGRAMS, RAISING, tracebackShape } from "./inline_programs.ts";
import { runProgram } from "./run_testutil.ts";
import type { Dependency, Rejection, SlotType, Trace, TraceExecutor, TraceOp } from "./trace_ir.ts";

const backend = nativeBackend();
const ignore = !backend.available;
const VM = null as unknown as Vm;

/** The code object of function `name` defined in `source`. */
function functionCode(source: string, name: string): CodeObject {
  const module = compile(parse(source, "t.py"), "t.py");
  const code = module.co_consts.find((c) => c instanceof CodeObject && c.co_name === name);
  assert.ok(code instanceof CodeObject);
  return code;
}

/** Ops of consecutive instructions (pc 10, 12, ...) whose stack depths follow their effects. */
function ops(
  entrySp: number,
  list: [uop: string, oparg?: number, operand?: unknown, same?: boolean, effect?: number][],
): TraceOp[] {
  let pc = 10, sp = entrySp;
  return list.map(([uop, oparg = 0, operand = 0, same = false, effect = 0], i) => {
    if (i > 0 && !same) pc += 2;
    const op = { uop, oparg, operand, pc, sp, target: 0 };
    sp += effect;
    return op;
  });
}

function makeTrace(
  code: CodeObject,
  entryTypes: SlotType[],
  body: TraceOp[],
  deps: Dependency[] = [],
): Trace {
  return {
    code,
    start: 10,
    backedge: 200,
    entrySp: entryTypes.length,
    ops: body,
    entryTypes,
    dependencies: deps,
  };
}

function frameFor(code: CodeObject, values: (PyObject | undefined)[]): Frame {
  const frame = new Frame(null, code, new PyDict(), new PyDict(), null);
  values.forEach((v, i) => (frame.fast[i] = v));
  frame.pc = 10;
  frame.sp = values.length;
  return frame;
}

function compiled(trace: Trace, stats: Tier2Stats | null = null): TraceExecutor {
  const made = compileNative(optimize(trace), 0, backend, stats);
  assert.ok("run" in made, `rejected: ${(made as Rejection).reason}`);
  return made;
}

const SUM_SOURCE = `
def f(n):
    total = 0
    for i in range(n):
        total = total + i
    return total
`;

/** for i in range(...): total = total + i   (locals n, total, i; the iterator at slot 3). */
function sumTrace(code: CodeObject): Trace {
  return makeTrace(
    code,
    ["int", "int", "int", "range_iter"],
    ops(4, [
      ["_ITER_CHECK_RANGE"],
      ["_FOR_ITER_RANGE", 5, 0, true, 1],
      ["_STORE_FAST", 2, 0, false, -1],
      ["_LOAD_FAST", 1, 0, false, 1],
      ["_LOAD_FAST", 2, 0, false, 1],
      ["_GUARD_BOTH_INT"],
      ["_BINARY_OP_ADD_INT", 0, 0, true, -1],
      ["_STORE_FAST", 1, 0, false, -1],
      ["_JUMP_TO_TOP"],
    ]),
  );
}

Deno.test({
  name: "a sum over range runs natively and exits with the iterator exhausted",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    const stats = new Tier2Stats();
    const ex = compiled(sumTrace(code), stats);
    try {
      // Tier 1 ran the first iteration (i = 0) before the backward jump entered the trace.
      const n = 100_000;
      const it = new RangeIterator(1, 1, n - 1);
      const frame = frameFor(code, [n, 0, 0, it]);
      assert.equal(ex.run(VM, frame), frame);
      assert.equal(frame.pc, 10);
      assert.equal(frame.sp, 4);
      assert.equal(frame.fast[1], (n * (n - 1)) / 2);
      assert.equal(frame.fast[2], n - 1);
      assert.equal(it.remaining, 0);
      assert.equal(it.next(), undefined);
      assert.equal(stats.compiled, 1);
      assert.ok(stats.nativeBytes > 0);
      assert.equal(stats.entries, 1);
      assert.deepEqual([...stats.exits.values()], [1]);
    } finally {
      ex.free();
    }
  },
});

Deno.test({
  name: "overflow into a big int mid-loop exits with the exact state, and tier 1 goes on",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    // for i in range(n): x = x * 3   (x is local 1)
    const trace = makeTrace(
      code,
      ["int", "int", "int", "range_iter"],
      ops(4, [
        ["_ITER_CHECK_RANGE"],
        ["_FOR_ITER_RANGE", 5, 0, true, 1],
        ["_STORE_FAST", 2, 0, false, -1],
        ["_LOAD_FAST", 1, 0, false, 1],
        ["_LOAD_CONST_INLINE", 0, 3, false, 1],
        ["_GUARD_BOTH_INT"],
        ["_BINARY_OP_MULTIPLY_INT", 5, 0, true, -1],
        ["_STORE_FAST", 1, 0, false, -1],
        ["_JUMP_TO_TOP"],
      ]),
    );
    const ex = compiled(trace);
    try {
      const it = new RangeIterator(0, 1, 100);
      const frame = frameFor(code, [100, 1, 0, it]);
      ex.run(VM, frame);
      // 3**39 fits int64, 3**40 does not: the 40th multiply exits before changing anything.
      const mul = trace.ops[6];
      assert.equal(frame.pc, mul.pc);
      assert.equal(frame.sp, 6);
      assert.equal(frame.fast[1], 3n ** 39n);
      assert.equal(frame.fast[4], 3n ** 39n);
      assert.equal(frame.fast[5], 3);
      assert.equal(frame.fast[2], 39);
      assert.equal(it.next_, 40);
      assert.equal(it.remaining, 60);
      // Re-entering with x past int64 is refused: tier 1 keeps the big ints.
      frame.fast[1] = 3n ** 41n;
      frame.pc = 10;
      frame.sp = 4;
      ex.run(VM, frame);
      assert.equal(frame.pc, 10);
      assert.equal(frame.fast[1], 3n ** 41n);
      assert.equal(it.remaining, 60);
    } finally {
      ex.free();
    }
  },
});

const WHILE_SOURCE = `
def g(n):
    i = 0
    while i < n:
        i = i + 1
    return i
`;

Deno.test({
  name: "a while loop with a compare and a branch guard exits at the branch",
  ignore,
  fn: () => {
    const code = functionCode(WHILE_SOURCE, "g");
    const trace = makeTrace(
      code,
      ["int", "int"],
      ops(2, [
        ["_LOAD_FAST", 1, 0, false, 1],
        ["_LOAD_FAST", 0, 0, false, 1],
        ["_GUARD_BOTH_INT"],
        ["_COMPARE_OP_INT", 0 << 5, 0, true, -1],
        ["_GUARD_IS_TRUE_POP", 0, 0, false, -1],
        ["_LOAD_FAST", 1, 0, false, 1],
        ["_LOAD_CONST_INLINE", 0, 1, false, 1],
        ["_GUARD_BOTH_INT"],
        ["_BINARY_OP_ADD_INT", 0, 0, true, -1],
        ["_STORE_FAST", 1, 0, false, -1],
        ["_JUMP_TO_TOP"],
      ]),
    );
    const ex = compiled(trace);
    try {
      const frame = frameFor(code, [100_000, 1]);
      ex.run(VM, frame);
      assert.equal(frame.pc, trace.ops[4].pc);
      assert.equal(frame.sp, 3);
      assert.equal(frame.fast[2], false);
      assert.equal(frame.fast[1], 100_000);
    } finally {
      ex.free();
    }
  },
});

Deno.test({
  name: "a float accumulation matches tier 1's doubles bit for bit",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    // for i in range(n): total = total + i * 0.1   (int * float by BINARY_OP_EXTEND)
    const tenth = new PyFloat(0.1, T.float);
    const trace = makeTrace(
      code,
      ["int", "float", "int", "range_iter"],
      ops(4, [
        ["_ITER_CHECK_RANGE"],
        ["_FOR_ITER_RANGE", 5, 0, true, 1],
        ["_STORE_FAST", 2, 0, false, -1],
        ["_LOAD_FAST", 1, 0, false, 1],
        ["_LOAD_FAST", 2, 0, false, 1],
        ["_LOAD_CONST_INLINE", 0, tenth, false, 1],
        ["_BINARY_OP_EXTEND", 5, { kind: EXT_INT_MUL_FLOAT }, false, -1],
        ["_GUARD_BOTH_FLOAT"],
        ["_BINARY_OP_ADD_FLOAT", 0, 0, true, -1],
        ["_STORE_FAST", 1, 0, false, -1],
        ["_JUMP_TO_TOP"],
      ]),
    );
    const ex = compiled(trace);
    try {
      const it = new RangeIterator(1, 1, 9999);
      const frame = frameFor(code, [10000, new PyFloat(0, T.float), 0, it]);
      ex.run(VM, frame);
      let want = 0;
      for (let i = 1; i < 10000; i++) want = want + i * 0.1;
      const total = frame.fast[1] as PyFloat;
      assert.ok(total instanceof PyFloat);
      assert.ok(Object.is(total.value, want));
    } finally {
      ex.free();
    }
  },
});

Deno.test({
  name: "a changed dependency invalidates the executor before it runs",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    const entry = { value: 5 as unknown };
    const table = { keysTag: 1 };
    const dep: Dependency = { kind: "dict_entry", table, tag: 1, entry, value: 5 };
    // total = total + K, K a folded global
    const trace = makeTrace(
      code,
      ["int", "int", "int", "range_iter"],
      ops(4, [
        ["_FOR_ITER_RANGE", 5, 0, false, 1],
        ["_STORE_FAST", 2, 0, false, -1],
        ["_LOAD_FAST", 1, 0, false, 1],
        ["_LOAD_GLOBAL_MODULE", 0, dep, false, 1],
        ["_GUARD_BOTH_INT"],
        ["_BINARY_OP_ADD_INT", 0, 0, true, -1],
        ["_STORE_FAST", 1, 0, false, -1],
        ["_JUMP_TO_TOP"],
      ]),
      [dep],
    );
    const ex = compiled(trace);
    try {
      const it = new RangeIterator(0, 1, 10);
      const frame = frameFor(code, [10, 0, 0, it]);
      ex.run(VM, frame);
      assert.equal(frame.fast[1], 50);
      const it2 = new RangeIterator(0, 1, 10);
      const again = frameFor(code, [10, 0, 0, it2]);
      entry.value = 6;
      ex.run(VM, again);
      assert.equal(ex.valid, false);
      assert.equal(again.fast[1], 0);
      assert.equal(it2.remaining, 10);
    } finally {
      ex.free();
    }
  },
});

Deno.test({
  name: "refused entries leave the frame alone and give up after many in a row",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    const stats = new Tier2Stats();
    const ex = compiled(sumTrace(code), stats);
    try {
      const it = new RangeIterator(0, 1, 10);
      for (let k = 0; k < 64; k++) {
        const frame = frameFor(code, [10, 1n << 70n, 0, it]);
        ex.run(VM, frame);
        assert.equal(frame.fast[1], 1n << 70n);
        assert.equal(it.remaining, 10);
      }
      assert.equal(stats.entryMisses, 64);
      assert.equal(ex.valid, false);
    } finally {
      ex.free();
    }
  },
});

Deno.test({
  name: "each rejection reason",
  ignore,
  fn: () => {
    const code = functionCode(SUM_SOURCE, "f");
    const reason = (t: Trace, b = backend) => {
      const made = compileNative(t, 0, b, null);
      if ("run" in made) made.free();
      return "run" in made ? "compiled" : made.reason;
    };
    const open = sumTrace(code);
    open.ops[open.ops.length - 1] = { ...open.ops[open.ops.length - 1], uop: "_EXIT_TRACE" };
    assert.equal(reason(open), "NOT_CLOSED");
    const list = sumTrace(code);
    list.ops[3] = { ...list.ops[3], uop: "_CALL_LEN", oparg: 1 };
    assert.equal(
      reason(makeTrace(
        code,
        list.entryTypes,
        list.ops.slice(0, 4).concat([
          { ...list.ops[8] },
        ]),
      )),
      "NOT_NATIVE",
    );
    assert.equal(
      reason(makeTrace(code, ["int", "object", "int", "range_iter"], sumTrace(code).ops)),
      "UNKNOWN_TYPE",
    );
    const big = makeTrace(
      code,
      ["int", "int", "int", "range_iter"],
      ops(4, [
        ["_FOR_ITER_RANGE", 5, 0, false, 1],
        ["_STORE_FAST", 2, 0, false, -1],
        ["_LOAD_CONST_INLINE", 0, 1n << 64n, false, 1],
        ["_STORE_FAST", 1, 0, false, -1],
        ["_JUMP_TO_TOP"],
      ]),
    );
    assert.equal(reason(big), "BIG_CONSTANT");
    assert.equal(reason(sumTrace(code), noneBackend("test")), "NO_BACKEND");
    assert.equal(reason(sumTrace(code)), "compiled");
  },
});

const run = runProgram;

const PROGRAM = `
import math
def sums(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
def roots(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.fabs(-0.5 * i) - math.floor(i / 3)
    return s
def divs(n, big):
    q = 0.0
    for i in range(1, n):
        q += i / 7 + big / i - i // 3 % 5
    return q
def whiles(n):
    i = 0
    c = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        c += (i & 7) ^ (i >> 2) | 1
        if c > 10 ** 6:
            break
    return i, c
def bools(n):
    t = 0
    s = 0.0
    for i in range(n):
        f = i % 3 == 0
        t += f + (not f) * 2 - (-f)
        s += f * 0.25
        t += i ** 2 % 11
    return t, s
def negs(n):
    a = 0
    for i in range(-n, n, 3):
        a = a - ~i + (-i)
        if a < -1000: a = -a
    return a
print(sums(3000))
print(grow(100))
print(roots(3000))
print(divs(3000, 2 ** 60))
print(whiles(5000))
print(bools(3000))
print(negs(3000))
`;

/** What CPython 3.11 prints for PROGRAM. */
const EXPECTED = `8995500500
644221900915014163795576412207026590877634402451
860266.9182476592
9.896005531133006e+18
(3464, 1000824)
(17998, 250.0)
2000
`;

Deno.test({
  name: "programs in jit mode print what CPython prints, with their loops native",
  ignore,
  fn: () => {
    for (const args of [["--mode=jit"], ["--mode=jit", "--stress"]]) {
      const r = run([...args, "--stats"], PROGRAM);
      assert.equal(r.stdout, EXPECTED, r.stderr);
      assert.equal(r.status, 0);
      // Only --stress makes these short loops hot.
      if (!args.includes("--stress")) continue;
      const compiledCount = Number(/compiled: (\d+)/.exec(r.stderr)?.[1]);
      const entries = Number(/entries: (\d+)/.exec(r.stderr)?.[1]);
      assert.ok(compiledCount >= 5, r.stderr);
      assert.ok(entries >= compiledCount, r.stderr);
    }
  },
});

// -- Inlined calls (jit/inline.ts, jit/lower_frames.ts) ---------------------------------

/** CPython's run of `source`. */
function cpython(source: string): { status: number; stdout: string; stderr: string } {
  const p = new Deno.Command("python3", { args: ["-c", source], stdout: "piped", stderr: "piped" })
    .outputSync();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { status: p.code, stdout: text(p.stdout), stderr: text(p.stderr) };
}

/** The helpers whose loop must run as native code, the call included. */
const NATIVE_CALLS = [
  "square",
  "float_helper",
  "bool_helper",
  "nested",
  "big_result",
  "global_rebound",
  "code_swap",
  "helper_divides_by_zero",
];

for (const [name, source] of Object.entries(CALL_PROGRAMS)) {
  Deno.test({
    name: `jit: calls: ${name} as CPython`,
    ignore,
    fn: () => {
      const want = cpython(source);
      for (const args of [["--mode=jit"], ["--mode=jit", "--stress"]]) {
        const r = run([...args, "--stats"], source);
        assert.equal(r.stdout, want.stdout, r.stderr);
        assert.equal(r.status, want.status === 0 ? 0 : 1);
        if (RAISING.has(name)) {
          assert.deepEqual(tracebackShape(r.stderr), tracebackShape(want.stderr));
        }
        const entries = Number(/entries: (\d+)/.exec(r.stderr)?.[1]);
        // Only --stress makes these loops hot.
        if (NATIVE_CALLS.includes(name) && args.includes("--stress")) {
          assert.ok(entries > 0, `${args}: ${r.stderr}`);
        }
      }
    },
  });
}

Deno.test({
  name: "jit: an exit inside an inlined helper rebuilds its frame above the loop's",
  ignore,
  fn: () => {
    // grow's product overflows int64 from i = 552 on: tier 1 redoes it in grow's frame.
    const r = run(["--mode=jit", "--stress", "--stats"], CALL_PROGRAMS.big_result);
    assert.match(r.stderr, /grow:3 \d+ _BINARY_OP_MULTIPLY_INT/);
    assert.equal(r.stdout, cpython(CALL_PROGRAMS.big_result).stdout);
  },
});
