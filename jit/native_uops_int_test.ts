/**
 * Hand-checked edge cases for the int uops' TypeScript semantics
 * (`jit/native_uops_int.ts`): Python's rounding of // and %, the int64
 * bounds, shift counts, and that every exit leaves the state untouched.
 * The native stencils are checked against these bodies in
 * `jit/native_uops_test.ts`.
 */
import assert from "node:assert/strict";
import { CONTINUE, EXIT, JUMP, type NativeState, type Outcome } from "./native_state.ts";
import { SEQ_BODIES } from "./native_uops_list.ts";
import { INT_BODIES } from "./native_uops_int.ts";
import { COMPARE_MASKS, NATIVE_UOPS, OPERAND_VARIANTS, UOP_BY_NAME } from "./uops.ts";

const MIN = -(1n << 63n), MAX = (1n << 63n) - 1n;
const SLOTS = 12;
const BASE = 6;

/** A state whose stack holds `stack` (bottom first) from slot BASE; the other slots hold 99. */
function stateWith(stack: bigint[], locals: Record<number, bigint> = {}): NativeState {
  const buffer = new ArrayBuffer(SLOTS * 8);
  const i64 = new BigInt64Array(buffer).fill(99n);
  for (const [k, v] of Object.entries(locals)) i64[Number(k)] = v;
  stack.forEach((v, k) => (i64[BASE + k] = v));
  return { i64, f64: new Float64Array(buffer), sp: BASE + stack.length };
}

function stackOf(state: NativeState): bigint[] {
  return [...state.i64.slice(BASE, state.sp)];
}

/** Runs a uop; asserts that an exit changed nothing. */
function run(uop: string, state: NativeState, oparg = 0, operand0 = 0n): Outcome {
  const before = { slots: state.i64.slice(), sp: state.sp };
  const outcome = INT_BODIES[uop](state, oparg, operand0, 0n);
  if (outcome === EXIT) {
    assert.equal(state.sp, before.sp, `${uop}: an exit moved sp`);
    assert.deepEqual(state.i64, before.slots, `${uop}: an exit changed a slot`);
  }
  return outcome;
}

/** The result of a `(left, right -- res)` uop, or "exit". */
function binary(uop: string, l: bigint, r: bigint, oparg = 0): bigint | "exit" {
  const state = stateWith([5n, l, r]);
  if (run(uop, state, oparg) === EXIT) return "exit";
  assert.equal(state.sp, BASE + 2);
  assert.equal(state.i64[BASE], 5n, "the item below was touched");
  assert.equal(state.i64[BASE + 2], r, "the freed slot was written");
  return state.i64[BASE + 1];
}

/** The result of a `(value -- res)` uop, or "exit". */
function unary(uop: string, v: bigint): bigint | "exit" {
  const state = stateWith([5n, v]);
  if (run(uop, state) === EXIT) return "exit";
  assert.equal(state.sp, BASE + 2);
  return state.i64[BASE + 1];
}

Deno.test("every int uop of the table has a body", () => {
  const ours = Object.keys(INT_BODIES);
  for (const name of ours) assert.ok(NATIVE_UOPS.includes(name), `${name} is not a native uop`);
  for (const name of NATIVE_UOPS) {
    // The `_CONST` and `_FAST` variants derive from their bases (`jit/native_uops.ts`); the
    // sequence uops have their own file (`jit/native_uops_list.ts`).
    if (!name.includes("FLOAT") && !OPERAND_VARIANTS.has(name) && !(name in SEQ_BODIES)) {
      assert.ok(name in INT_BODIES, `no body for ${name}`);
    }
  }
});

Deno.test("stack uops", () => {
  let s = stateWith([1n], { 2: 42n });
  assert.equal(run("_LOAD_FAST", s, 2), CONTINUE);
  assert.deepEqual(stackOf(s), [1n, 42n]);

  s = stateWith([1n, 7n], { 3: 0n });
  assert.equal(run("_STORE_FAST", s, 3), CONTINUE);
  assert.deepEqual(stackOf(s), [1n]);
  assert.equal(s.i64[3], 7n);

  s = stateWith([]);
  assert.equal(run("_LOAD_CONST_INLINE", s, 0, MIN), CONTINUE);
  assert.deepEqual(stackOf(s), [MIN]);

  s = stateWith([1n, 2n]);
  assert.equal(run("_POP_TOP", s), CONTINUE);
  assert.deepEqual(stackOf(s), [1n]);

  s = stateWith([1n, 2n, 3n]);
  assert.equal(run("_COPY", s, 1), CONTINUE);
  assert.deepEqual(stackOf(s), [1n, 2n, 3n, 3n]);
  s = stateWith([1n, 2n, 3n]);
  run("_COPY", s, 3);
  assert.deepEqual(stackOf(s), [1n, 2n, 3n, 1n]);

  s = stateWith([1n, 2n, 3n]);
  assert.equal(run("_SWAP", s, 2), CONTINUE);
  assert.deepEqual(stackOf(s), [1n, 3n, 2n]);
  s = stateWith([1n, 2n, 3n]);
  run("_SWAP", s, 3);
  assert.deepEqual(stackOf(s), [3n, 2n, 1n]);
});

Deno.test("add, subtract, multiply exit on int64 overflow", () => {
  assert.equal(binary("_BINARY_OP_ADD_INT", 2n, 3n), 5n);
  assert.equal(binary("_BINARY_OP_ADD_INT", MAX, 0n), MAX);
  assert.equal(binary("_BINARY_OP_ADD_INT", MAX, 1n), "exit");
  assert.equal(binary("_BINARY_OP_ADD_INT", MIN, -1n), "exit");
  assert.equal(binary("_BINARY_OP_ADD_INT", MIN, MAX), -1n);
  assert.equal(binary("_BINARY_OP_SUBTRACT_INT", 2n, 3n), -1n);
  assert.equal(binary("_BINARY_OP_SUBTRACT_INT", 0n, MIN), "exit");
  assert.equal(binary("_BINARY_OP_SUBTRACT_INT", -1n, MAX), MIN);
  assert.equal(binary("_BINARY_OP_SUBTRACT_INT", MIN, 1n), "exit");
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", -6n, 7n), -42n);
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", 3037000499n, 3037000499n), 9223372030926249001n);
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", 3037000500n, 3037000500n), "exit");
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", MIN, -1n), "exit");
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", MIN, 1n), MIN);
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", -(1n << 32n), 1n << 31n), MIN);
  assert.equal(binary("_BINARY_OP_MULTIPLY_INT", 1n << 32n, 1n << 31n), "exit");
});

Deno.test("floor divide and modulo round like Python", () => {
  const fd = (l: bigint, r: bigint) => binary("_BINARY_OP_FLOOR_DIVIDE_INT", l, r);
  const mod = (l: bigint, r: bigint) => binary("_BINARY_OP_MODULO_INT", l, r);
  assert.equal(fd(7n, 2n), 3n);
  assert.equal(fd(-7n, 2n), -4n);
  assert.equal(fd(7n, -2n), -4n);
  assert.equal(fd(-7n, -2n), 3n);
  assert.equal(fd(-8n, 2n), -4n);
  assert.equal(fd(0n, -5n), 0n);
  assert.equal(fd(5n, 0n), "exit");
  assert.equal(fd(MIN, -1n), "exit");
  assert.equal(fd(MIN, 1n), MIN);
  assert.equal(fd(MIN, 2n), -(1n << 62n));
  assert.equal(fd(MAX, -1n), -MAX);
  assert.equal(fd(MIN + 1n, -1n), MAX);
  assert.equal(fd(-1n, MAX), -1n);
  assert.equal(fd(1n, MIN), -1n);
  assert.equal(mod(7n, 2n), 1n);
  assert.equal(mod(-7n, 2n), 1n);
  assert.equal(mod(7n, -2n), -1n);
  assert.equal(mod(-7n, -2n), -1n);
  assert.equal(mod(-8n, 2n), 0n);
  assert.equal(mod(5n, 0n), "exit");
  assert.equal(mod(MIN, -1n), 0n);
  assert.equal(mod(MIN, MAX), MAX - 1n);
  assert.equal(mod(-1n, MAX), MAX - 1n);
  assert.equal(mod(1n, MIN), MIN + 1n);
  assert.equal(mod(MAX, MIN), -1n);
});

Deno.test("shifts", () => {
  const shl = (l: bigint, r: bigint) => binary("_BINARY_OP_LSHIFT_INT", l, r);
  const shr = (l: bigint, r: bigint) => binary("_BINARY_OP_RSHIFT_INT", l, r);
  assert.equal(shl(1n, 0n), 1n);
  assert.equal(shl(1n, 62n), 1n << 62n);
  assert.equal(shl(1n, 63n), "exit");
  assert.equal(shl(-1n, 63n), MIN);
  assert.equal(shl(-1n, 64n), "exit");
  assert.equal(shl(-2n, 62n), MIN);
  assert.equal(shl(3n, 62n), "exit");
  assert.equal(shl(MIN, 0n), MIN);
  assert.equal(shl(MIN, 1n), "exit");
  assert.equal(shl(0n, 64n), 0n);
  assert.equal(shl(0n, 1000n), 0n);
  assert.equal(shl(0n, -1n), "exit");
  assert.equal(shl(5n, -1n), "exit");
  assert.equal(shl(1n, 100n), "exit");
  assert.equal(shr(MIN, 63n), -1n);
  assert.equal(shr(MIN, 62n), -2n);
  assert.equal(shr(-1n, 100n), -1n);
  assert.equal(shr(MAX, 64n), 0n);
  assert.equal(shr(MAX, 62n), 1n);
  assert.equal(shr(-7n, 1n), -4n);
  assert.equal(shr(7n, 0n), 7n);
  assert.equal(shr(7n, -1n), "exit");
  assert.equal(shr(0n, MIN), "exit");
});

Deno.test("bitwise, negate, invert", () => {
  assert.equal(binary("_BINARY_OP_AND_INT", -8n, 13n), 8n);
  assert.equal(binary("_BINARY_OP_OR_INT", -8n, 3n), -5n);
  assert.equal(binary("_BINARY_OP_XOR_INT", -1n, MAX), MIN);
  assert.equal(unary("_UNARY_INVERT_INT", 0n), -1n);
  assert.equal(unary("_UNARY_INVERT_INT", MIN), MAX);
  assert.equal(unary("_UNARY_NEGATIVE_INT", 5n), -5n);
  assert.equal(unary("_UNARY_NEGATIVE_INT", MAX), MIN + 1n);
  assert.equal(unary("_UNARY_NEGATIVE_INT", MIN), "exit");
});

Deno.test("comparisons by mask", () => {
  const cmp = (l: bigint, op: keyof typeof COMPARE_MASKS, r: bigint) =>
    binary("_COMPARE_OP_INT", l, r, COMPARE_MASKS[op]);
  assert.equal(cmp(1n, "<", 2n), 1n);
  assert.equal(cmp(2n, "<", 2n), 0n);
  assert.equal(cmp(2n, "<=", 2n), 1n);
  assert.equal(cmp(3n, "<=", 2n), 0n);
  assert.equal(cmp(MIN, "==", MIN), 1n);
  assert.equal(cmp(MIN, "!=", MAX), 1n);
  assert.equal(cmp(7n, "!=", 7n), 0n);
  assert.equal(cmp(MAX, ">", MIN), 1n);
  assert.equal(cmp(-1n, ">", 0n), 0n);
  assert.equal(cmp(0n, ">=", 0n), 1n);
  assert.equal(cmp(-1n, ">=", 0n), 0n);
});

Deno.test("truth", () => {
  assert.equal(unary("_UNARY_NOT", 0n), 1n);
  assert.equal(unary("_UNARY_NOT", 1n), 0n);
  assert.equal(unary("_TO_BOOL_INT", 0n), 0n);
  assert.equal(unary("_TO_BOOL_INT", MIN), 1n);
  assert.equal(unary("_TO_BOOL_INT", -1n), 1n);
});

Deno.test("guards pop on their branch and exit untouched otherwise", () => {
  let s = stateWith([4n, 1n]);
  assert.equal(run("_GUARD_IS_TRUE_POP", s), CONTINUE);
  assert.deepEqual(stackOf(s), [4n]);
  s = stateWith([4n, 0n]);
  assert.equal(run("_GUARD_IS_TRUE_POP", s), EXIT);
  assert.deepEqual(stackOf(s), [4n, 0n]);
  s = stateWith([4n, 0n]);
  assert.equal(run("_GUARD_IS_FALSE_POP", s), CONTINUE);
  assert.deepEqual(stackOf(s), [4n]);
  s = stateWith([4n, 1n]);
  assert.equal(run("_GUARD_IS_FALSE_POP", s), EXIT);
  assert.deepEqual(stackOf(s), [4n, 1n]);
});

Deno.test("control", () => {
  const s = stateWith([4n]);
  assert.equal(run("_JUMP_TO_TOP", s), JUMP);
  assert.deepEqual(stackOf(s), [4n]);
  assert.equal(run("_EXIT_TRACE", stateWith([]), 0, 17n), EXIT);
  assert.equal(UOP_BY_NAME.get("_EXIT_TRACE")?.exit, "always");
});

Deno.test("range iteration", () => {
  const step = (cur: bigint, stop: bigint, by: bigint) => {
    const s = stateWith([8n], { 2: cur, 3: stop });
    const outcome = run("_FOR_ITER_RANGE", s, 2, by);
    return { outcome, next: s.i64[2], stop: s.i64[3], stack: stackOf(s) };
  };
  assert.deepEqual(step(0n, 3n, 1n), { outcome: CONTINUE, next: 1n, stop: 3n, stack: [8n, 0n] });
  assert.deepEqual(step(2n, 3n, 1n), { outcome: CONTINUE, next: 3n, stop: 3n, stack: [8n, 2n] });
  assert.equal(step(3n, 3n, 1n).outcome, EXIT);
  assert.equal(step(4n, 3n, 2n).outcome, EXIT);
  assert.deepEqual(step(5n, 0n, -3n), { outcome: CONTINUE, next: 2n, stop: 0n, stack: [8n, 5n] });
  assert.equal(step(0n, 0n, -1n).outcome, EXIT);
  assert.equal(step(-1n, 0n, -1n).outcome, EXIT);
  // The next value would leave int64: the stop is stored, which ends the range.
  assert.deepEqual(step(MAX - 1n, MAX, 5n), {
    outcome: CONTINUE,
    next: MAX,
    stop: MAX,
    stack: [8n, MAX - 1n],
  });
  assert.deepEqual(step(MIN + 1n, MIN, -5n), {
    outcome: CONTINUE,
    next: MIN,
    stop: MIN,
    stack: [8n, MIN + 1n],
  });
  assert.deepEqual(step(0n, MAX, MAX), {
    outcome: CONTINUE,
    next: MAX,
    stop: MAX,
    stack: [8n, 0n],
  });
  assert.deepEqual(step(-1n, MIN, MIN), {
    outcome: CONTINUE,
    next: MIN,
    stop: MIN,
    stack: [8n, -1n],
  });
  assert.deepEqual(step(1n, MIN, MIN), {
    outcome: CONTINUE,
    next: MIN + 1n,
    stop: MIN,
    stack: [8n, 1n],
  });
});
