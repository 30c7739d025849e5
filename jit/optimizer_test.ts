// The optimizer on hand-made traces shaped as projection makes them: guards go only when the
// abstract state proves them, loops reach a fixpoint, and every kept op keeps its pc and sp.
import assert from "node:assert/strict";
import "../vm/cli.ts";
import { PyFloat, T } from "../vm/object.ts";
import type { CodeObject } from "../vm/code.ts";
import { EXT_INT_MUL_FLOAT } from "../vm/specialize.ts";
import { inferTypes, optimize } from "./optimizer.ts";
import type { SlotType, Trace, TraceOp } from "./trace_ir.ts";

/** Ops with consecutive pcs; `same` puts an op in the previous one's instruction. */
function ops(list: [uop: string, oparg?: number, operand?: unknown, same?: boolean][]): TraceOp[] {
  let pc = 10;
  return list.map(([uop, oparg = 0, operand = 0, same = false], i) => {
    if (i > 0 && !same) pc += 2;
    return { uop, oparg, operand, pc, sp: 0, target: 0 };
  });
}

function trace(entryTypes: SlotType[], body: TraceOp[]): Trace {
  return {
    code: {} as CodeObject,
    start: 10,
    backedge: 100,
    entrySp: entryTypes.length,
    ops: body,
    entryTypes,
    dependencies: [],
  };
}

const uops = (t: Trace) => t.ops.map((o) => o.uop);

// for i in range(n): total = total + i   (locals: n, total, i; the iterator on the stack)
function sumLoop(totalType: SlotType): Trace {
  return trace(
    ["int", totalType, "int", "range_iter"],
    ops([
      ["_ITER_CHECK_RANGE"],
      ["_FOR_ITER_RANGE", 0, 0, true],
      ["_STORE_FAST", 2],
      ["_LOAD_FAST", 1],
      ["_LOAD_FAST", 2],
      ["_GUARD_BOTH_INT"],
      ["_BINARY_OP_ADD_INT", 0, 0, true],
      ["_STORE_FAST", 1],
      ["_JUMP_TO_TOP"],
    ]),
  );
}

Deno.test("guards proven by the entry types and the loop go, keeping pc and sp", () => {
  const t = sumLoop("int");
  const o = optimize(t);
  assert.deepEqual(uops(o), [
    "_FOR_ITER_RANGE",
    "_STORE_FAST",
    "_LOAD_FAST",
    "_LOAD_FAST",
    "_BINARY_OP_ADD_INT",
    "_STORE_FAST",
    "_JUMP_TO_TOP",
  ]);
  for (const op of o.ops) assert.ok(t.ops.includes(op), `${op.uop} was rewritten`);
  assert.equal(o.ops[o.ops.length - 1].target, 0);
});

Deno.test("a guard on a value of unknown type stays", () => {
  const o = optimize(sumLoop("object"));
  assert.ok(uops(o).includes("_GUARD_BOTH_INT"));
  // The iterator's check is still proven.
  assert.ok(!uops(o).includes("_ITER_CHECK_RANGE"));
  const noIter = optimize(trace(["int", "int", "int", "object"], sumLoop("int").ops));
  assert.ok(uops(noIter).includes("_ITER_CHECK_RANGE"));
});

Deno.test("a local whose type changes in the body is unknown at the head", () => {
  // x = x * 0.5 makes x a float: the int guard at the top cannot go, though x enters as an int.
  const half = new PyFloat(0.5, T.float);
  const body = ops([
    ["_LOAD_FAST", 0],
    ["_GUARD_TOS_INT"],
    ["_TO_BOOL_INT", 0, 0, true],
    ["_GUARD_IS_TRUE_POP"],
    ["_LOAD_FAST", 0],
    ["_LOAD_CONST_INLINE", 0, half],
    ["_BINARY_OP_EXTEND", 5, { kind: EXT_INT_MUL_FLOAT }],
    ["_STORE_FAST", 0],
    ["_JUMP_TO_TOP"],
  ]);
  const changing = trace(["int"], body);
  assert.ok(uops(optimize(changing)).includes("_GUARD_TOS_INT"));
  const types = inferTypes(changing)!;
  assert.deepEqual(types[0], ["object"]);
  assert.deepEqual(types[7], ["object", "float"]);
  // With x = x + 1 instead, x stays an int around the loop and the guard is proven.
  const stable = trace(
    ["int"],
    ops([
      ["_LOAD_FAST", 0],
      ["_GUARD_TOS_INT"],
      ["_TO_BOOL_INT", 0, 0, true],
      ["_GUARD_IS_TRUE_POP"],
      ["_LOAD_FAST", 0],
      ["_LOAD_CONST_INLINE", 0, 1],
      ["_GUARD_BOTH_INT"],
      ["_BINARY_OP_ADD_INT", 0, 0, true],
      ["_STORE_FAST", 0],
      ["_JUMP_TO_TOP"],
    ]),
  );
  const o = optimize(stable);
  assert.ok(!uops(o).includes("_GUARD_TOS_INT"));
  assert.ok(!uops(o).includes("_GUARD_BOTH_INT"));
  assert.deepEqual(inferTypes(stable)![0], ["int"]);
});

Deno.test("an entry type that is not an int keeps the guards that need it", () => {
  const t = trace(
    ["float"],
    ops([
      ["_LOAD_FAST", 0],
      ["_LOAD_FAST", 0],
      ["_GUARD_BOTH_INT"],
      ["_BINARY_OP_ADD_INT", 0, 0, true],
      ["_STORE_FAST", 0],
      ["_JUMP_TO_TOP"],
    ]),
  );
  assert.ok(uops(optimize(t)).includes("_GUARD_BOTH_INT"));
});

Deno.test("comparisons give bools: _TO_BOOL_BOOL goes, a constant branch becomes a pop", () => {
  const t = trace(
    ["int", "int"],
    ops([
      ["_LOAD_FAST", 0],
      ["_LOAD_FAST", 1],
      ["_GUARD_BOTH_INT"],
      ["_COMPARE_OP_INT", 0, 0, true],
      ["_TO_BOOL_BOOL"],
      ["_GUARD_IS_TRUE_POP"],
      ["_LOAD_CONST_INLINE", 0, true],
      ["_GUARD_IS_TRUE_POP"],
      ["_LOAD_CONST_INLINE", 0, false],
      ["_GUARD_IS_TRUE_POP"],
      ["_JUMP_TO_TOP"],
    ]),
  );
  const o = optimize(t);
  assert.deepEqual(uops(o), [
    "_LOAD_FAST",
    "_LOAD_FAST",
    "_COMPARE_OP_INT",
    "_GUARD_IS_TRUE_POP",
    "_LOAD_CONST_INLINE",
    "_POP_TOP",
    "_LOAD_CONST_INLINE",
    "_GUARD_IS_TRUE_POP",
    "_JUMP_TO_TOP",
  ]);
  // The rewritten guard keeps its instruction's pc and sp.
  assert.equal(o.ops[5].pc, t.ops[7].pc);
  assert.equal(o.ops[5].sp, t.ops[7].sp);
});

Deno.test("generic and extended operators type their results", () => {
  const t = trace(
    ["int", "float", "bool"],
    ops([
      ["_LOAD_FAST", 0],
      ["_LOAD_FAST", 1],
      ["_BINARY_OP", 0],
      ["_LOAD_FAST", 0],
      ["_LOAD_FAST", 2],
      ["_BINARY_OP", 0],
      ["_LOAD_FAST", 2],
      ["_LOAD_FAST", 2],
      ["_BINARY_OP", 1],
      ["_LOAD_FAST", 0],
      ["_LOAD_CONST_INLINE", 0, 2],
      ["_BINARY_OP", 8],
      ["_LOAD_FAST", 0],
      ["_LOAD_FAST", 0],
      ["_BINARY_OP", 8],
      ["_EXIT_TRACE"],
    ]),
  );
  const types = inferTypes(t)!;
  // int + float, int + bool, bool & bool, int ** 2, int ** int
  assert.deepEqual(types[types.length - 1].slice(3), ["float", "int", "bool", "int", "object"]);
});

Deno.test("a uop with an unknown stack effect leaves the trace alone", () => {
  const t = trace(
    ["int"],
    ops([
      ["_LOAD_FAST", 0],
      ["_GUARD_TOS_INT"],
      ["_NO_SUCH_UOP"],
      ["_JUMP_TO_TOP"],
    ]),
  );
  assert.equal(optimize(t), t);
  assert.equal(inferTypes(t), null);
});
