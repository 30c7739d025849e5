/**
 * Hand-checked cases for the float uops' TypeScript semantics: each
 * expectation is what CPython 3 gives for the same operation (an EXIT where
 * it raises or its int result leaves int64).
 */
import assert from "node:assert/strict";
import { CONTINUE, EXIT, type NativeState } from "./native_state.ts";
import { COMPARE_MASKS } from "./uops.ts";
import { FLOAT_BODIES, powHalf, sqrtIsPow } from "./native_uops_float.ts";
import { libmPow } from "../vm/float_pow.ts";

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);
const bitsOf = (d: number): bigint => (F64[0] = d, I64[0]);
const doubleOf = (b: bigint): number => (I64[0] = b, F64[0]);

const BASE = 2;
const GUARD = 0x5a5a5a5a5a5an;
const MIN = -(1n << 63n), MAX = (1n << 63n) - 1n;
const NAN_BITS = 0x7ff8000000000000n, NEG_NAN_BITS = -0x8000000000000n;
const SNAN_BITS = 0x7ff0000000000001n;

/** A slot's contents: a number is a double, a bigint an int64 (or a double's raw bits). */
type Slot = number | bigint;

/**
 * Runs `uop` with `stack` as the top of the stack (its last item on top),
 * below two guard slots. Returns the outcome, the stack after it (as int64
 * bits) and the stack pointer's change; an EXIT must have changed nothing.
 */
function run(uop: string, stack: Slot[], oparg = 0) {
  const size = BASE + stack.length + 2;
  const i64 = new BigInt64Array(size).fill(GUARD);
  const state: NativeState = { i64, f64: new Float64Array(i64.buffer), sp: BASE + stack.length };
  stack.forEach((v, k) => i64[BASE + k] = typeof v === "bigint" ? v : bitsOf(v));
  const before = i64.slice();
  const outcome = FLOAT_BODIES[uop](state, oparg, 0n, 0n);
  const moved = state.sp - (BASE + stack.length);
  if (outcome === EXIT) {
    assert.equal(moved, 0, `${uop}: an exit moved sp`);
    assert.deepEqual(i64, before, `${uop}: an exit changed a slot`);
  }
  for (let k = 0; k < size; k++) {
    if (k < BASE || k >= state.sp) {
      assert.equal(i64[k], before[k], `${uop}: slot ${k} outside the stack changed`);
    }
  }
  return { outcome, moved, top: [...i64.slice(BASE, state.sp)] };
}

/** The single result of a uop that continues: its int64 bits. */
function result(uop: string, stack: Slot[], oparg = 0): bigint {
  const r = run(uop, stack, oparg);
  assert.equal(r.outcome, CONTINUE, `${uop}(${stack}) should continue`);
  assert.equal(r.moved, 1 - stack.length);
  return r.top[r.top.length - 1];
}

const floatResult = (uop: string, stack: Slot[]) => doubleOf(result(uop, stack));

function exits(uop: string, stack: Slot[], oparg = 0) {
  assert.equal(run(uop, stack, oparg).outcome, EXIT, `${uop}(${stack}) should exit`);
}

/** Every operator of COMPARE_MASKS on one pair, as Python would answer it. */
function compareAll(uop: string, left: Slot, right: Slot): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [op, mask] of Object.entries(COMPARE_MASKS)) {
    out[op] = result(uop, [left, right], mask) === 1n;
  }
  return out;
}

const LESS = { "<": true, "<=": true, "==": false, "!=": true, ">": false, ">=": false };
const EQUAL = { "<": false, "<=": true, "==": true, "!=": false, ">": false, ">=": true };
const GREATER = { "<": false, "<=": false, "==": false, "!=": true, ">": true, ">=": true };
const UNORDERED = { "<": false, "<=": false, "==": false, "!=": true, ">": false, ">=": false };

Deno.test("float add, subtract, multiply: IEEE results", () => {
  assert.equal(floatResult("_BINARY_OP_ADD_FLOAT", [0.1, 0.2]), 0.30000000000000004);
  assert.equal(floatResult("_BINARY_OP_ADD_FLOAT", [1e308, 1e308]), Infinity);
  assert.ok(Object.is(floatResult("_BINARY_OP_ADD_FLOAT", [-0, -0]), -0));
  assert.ok(Object.is(floatResult("_BINARY_OP_ADD_FLOAT", [-0, 0]), 0));
  assert.ok(Number.isNaN(floatResult("_BINARY_OP_ADD_FLOAT", [Infinity, -Infinity])));
  assert.equal(floatResult("_BINARY_OP_SUBTRACT_FLOAT", [1, 3]), -2);
  assert.ok(Object.is(floatResult("_BINARY_OP_SUBTRACT_FLOAT", [0, 0]), 0));
  assert.ok(Object.is(floatResult("_BINARY_OP_SUBTRACT_FLOAT", [-0, 0]), -0));
  assert.equal(floatResult("_BINARY_OP_SUBTRACT_FLOAT", [2 ** 53, 1]), 2 ** 53 - 1);
  assert.equal(floatResult("_BINARY_OP_MULTIPLY_FLOAT", [1.5, -4]), -6);
  assert.ok(Object.is(floatResult("_BINARY_OP_MULTIPLY_FLOAT", [-1, 0]), -0));
  assert.equal(floatResult("_BINARY_OP_MULTIPLY_FLOAT", [5e-324, 0.5]), 0);
  assert.ok(Number.isNaN(floatResult("_BINARY_OP_MULTIPLY_FLOAT", [0, Infinity])));
});

Deno.test("float true divide: exits on either zero, else IEEE", () => {
  exits("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1, 0]);
  exits("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1, -0]);
  exits("_BINARY_OP_TRUE_DIVIDE_FLOAT", [0, 0]);
  exits("_BINARY_OP_TRUE_DIVIDE_FLOAT", [NaN, 0]);
  assert.equal(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1, 3]), 0.3333333333333333);
  assert.ok(Object.is(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [-0, 5]), -0));
  assert.ok(Object.is(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1, -Infinity]), -0));
  assert.equal(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1e308, 1e-308]), Infinity);
  assert.equal(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [1, 5e-324]), Infinity);
  assert.ok(Number.isNaN(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [NaN, 2])));
  assert.ok(Number.isNaN(floatResult("_BINARY_OP_TRUE_DIVIDE_FLOAT", [Infinity, Infinity])));
});

Deno.test("float negate and fabs work on the sign bit alone", () => {
  assert.equal(floatResult("_UNARY_NEGATIVE_FLOAT", [2.5]), -2.5);
  assert.ok(Object.is(floatResult("_UNARY_NEGATIVE_FLOAT", [0]), -0));
  assert.ok(Object.is(floatResult("_UNARY_NEGATIVE_FLOAT", [-0]), 0));
  assert.equal(floatResult("_UNARY_NEGATIVE_FLOAT", [-Infinity]), Infinity);
  assert.equal(result("_UNARY_NEGATIVE_FLOAT", [NAN_BITS]), NEG_NAN_BITS);
  assert.equal(result("_UNARY_NEGATIVE_FLOAT", [SNAN_BITS]), SNAN_BITS | MIN);
  assert.equal(floatResult("_FABS_FLOAT", [-2.5]), 2.5);
  assert.ok(Object.is(floatResult("_FABS_FLOAT", [-0]), 0));
  assert.equal(floatResult("_FABS_FLOAT", [-Infinity]), Infinity);
  assert.equal(floatResult("_FABS_FLOAT", [-5e-324]), 5e-324);
  assert.equal(result("_FABS_FLOAT", [NEG_NAN_BITS]), NAN_BITS);
  assert.equal(result("_FABS_FLOAT", [SNAN_BITS | MIN]), SNAN_BITS);
});

Deno.test("float comparisons by mask, NaN unordered", () => {
  const uop = "_COMPARE_OP_FLOAT";
  assert.deepEqual(compareAll(uop, 1, 2), LESS);
  assert.deepEqual(compareAll(uop, 2, 2), EQUAL);
  assert.deepEqual(compareAll(uop, -0, 0), EQUAL);
  assert.deepEqual(compareAll(uop, Infinity, 1.7976931348623157e308), GREATER);
  assert.deepEqual(compareAll(uop, -Infinity, -Infinity), EQUAL);
  assert.deepEqual(compareAll(uop, NaN, NaN), UNORDERED);
  assert.deepEqual(compareAll(uop, NaN, 1), UNORDERED);
  assert.deepEqual(compareAll(uop, 0, NEG_NAN_BITS), UNORDERED);
  assert.deepEqual(compareAll(uop, 5e-324, 0), GREATER);
  // Masks are bit sets: CMP_UNORDERED alone, and every bit at once.
  assert.equal(result(uop, [NaN, 1], 8), 1n);
  assert.equal(result(uop, [2, 1], 8), 0n);
  for (const pair of [[1, 2], [2, 2], [3, 2], [NaN, 2]]) {
    assert.equal(result(uop, pair, 15), 1n);
    assert.equal(result(uop, pair, 0), 0n);
  }
});

Deno.test("int against float compares exactly, both ways", () => {
  const cases: [bigint, number, Record<string, boolean>][] = [
    // 2**53 + 1 rounds to 2**53 as a double, yet Python orders them.
    [2n ** 53n + 1n, 9007199254740992, GREATER],
    [2n ** 53n - 1n, 9007199254740992, LESS],
    [2n ** 53n, 9007199254740992, EQUAL],
    [-(2n ** 53n) - 1n, -9007199254740992, LESS],
    // INT64_MAX rounds to 2**63, which no int64 reaches.
    [MAX, 9223372036854775808, LESS],
    [MAX, 9223372036854774784, GREATER],
    [MAX - 1023n, 9223372036854774784, EQUAL],
    [MIN, -9223372036854775808, EQUAL],
    [MIN + 1n, -9223372036854775808, GREATER],
    [MIN, -9223372036854777856, GREATER],
    [0n, -0, EQUAL],
    [0n, 5e-324, LESS],
    [0n, -5e-324, GREATER],
    [1n, 0.9999999999999999, GREATER],
    [-1n, -0.9999999999999999, LESS],
    [4503599627370495n, 4503599627370495.5, LESS],
    [4503599627370496n, 4503599627370495.5, GREATER],
    [-4503599627370495n, -4503599627370495.5, GREATER],
    [MAX, Infinity, LESS],
    [MIN, -Infinity, GREATER],
    [MAX, 1e300, LESS],
    [MIN, -1e300, GREATER],
    [0n, NaN, UNORDERED],
    [MAX, NaN, UNORDERED],
  ];
  const mirror = (r: Record<string, boolean>) => r === LESS ? GREATER : r === GREATER ? LESS : r;
  for (const [i, d, want] of cases) {
    assert.deepEqual(compareAll("_COMPARE_OP_INT_FLOAT", i, d), want, `${i} vs ${d}`);
    assert.deepEqual(compareAll("_COMPARE_OP_FLOAT_INT", d, i), mirror(want), `${d} vs ${i}`);
  }
  assert.equal(result("_COMPARE_OP_FLOAT_INT", [NaN, 0n], 8), 1n);
  assert.equal(result("_COMPARE_OP_INT_FLOAT", [0n, NaN], 7), 0n); // CMP_LT | CMP_EQ | CMP_GT
});

Deno.test("int to float converts the oparg-th item, rounding to nearest even", () => {
  const convert = (stack: bigint[], depth: number) => {
    const r = run("_INT_TO_FLOAT", stack, depth);
    assert.equal(r.outcome, CONTINUE);
    assert.equal(r.moved, 0);
    return r.top;
  };
  assert.deepEqual(convert([7n, 8n, 9n], 1), [7n, 8n, bitsOf(9)]);
  assert.deepEqual(convert([7n, 8n, 9n], 3), [bitsOf(7), 8n, 9n]);
  const one = (i: bigint) => doubleOf(convert([i], 1)[0]);
  assert.ok(Object.is(one(0n), 0));
  assert.equal(one(-3n), -3);
  assert.equal(one(2n ** 53n + 1n), 9007199254740992); // a tie: to even
  assert.equal(one(2n ** 53n + 3n), 9007199254740996); // a tie: to even, upward
  assert.equal(one(2n ** 54n + 3n), 18014398509481988); // above the tie
  assert.equal(one(MAX), 9223372036854775808);
  assert.equal(one(MIN), -9223372036854775808);
  assert.equal(one(MAX - 511n), 9223372036854775808); // a tie between 2**63 - 1024 and 2**63: to even
  assert.equal(one(MAX - 512n), 9223372036854774784); // just below the tie
  assert.equal(one(MAX - 1023n), 9223372036854774784);
});

Deno.test("sqrt exits below zero; -0.0 and NaN pass through", () => {
  assert.equal(floatResult("_SQRT_FLOAT", [2]), Math.SQRT2);
  assert.equal(floatResult("_SQRT_FLOAT", [Infinity]), Infinity);
  assert.equal(floatResult("_SQRT_FLOAT", [5e-324]), 2.2227587494850775e-162);
  assert.ok(Object.is(floatResult("_SQRT_FLOAT", [0]), 0));
  assert.ok(Object.is(floatResult("_SQRT_FLOAT", [-0]), -0));
  exits("_SQRT_FLOAT", [-1]);
  exits("_SQRT_FLOAT", [-5e-324]);
  exits("_SQRT_FLOAT", [-Infinity]);
  // A NaN comes back quieted, its sign and payload kept, as sqrtsd and fsqrt do.
  assert.equal(result("_SQRT_FLOAT", [NAN_BITS]), NAN_BITS);
  assert.equal(result("_SQRT_FLOAT", [NEG_NAN_BITS]), NEG_NAN_BITS);
  assert.equal(result("_SQRT_FLOAT", [SNAN_BITS]), 0x7ff8000000000001n);
});

Deno.test("floor returns an int64 or exits", () => {
  const floor = (x: number) => result("_FLOOR_FLOAT", [x]);
  assert.equal(floor(2.5), 2n);
  assert.equal(floor(-0.5), -1n);
  assert.equal(floor(-0), 0n);
  assert.equal(floor(-5e-324), -1n);
  assert.equal(floor(5e-324), 0n);
  assert.equal(floor(-3), -3n);
  assert.equal(floor(0.9999999999999999), 0n);
  assert.equal(floor(-4503599627370495.5), -4503599627370496n);
  assert.equal(floor(-9223372036854775808), MIN);
  assert.equal(floor(9223372036854774784), MAX - 1023n);
  exits("_FLOOR_FLOAT", [9223372036854775808]);
  exits("_FLOOR_FLOAT", [-9223372036854777856]);
  exits("_FLOOR_FLOAT", [1e300]);
  exits("_FLOOR_FLOAT", [Infinity]);
  exits("_FLOOR_FLOAT", [-Infinity]);
  exits("_FLOOR_FLOAT", [NaN]);
  exits("_FLOOR_FLOAT", [NEG_NAN_BITS]);
});

Deno.test("float truth: nonzero, NaN true, -0.0 false", () => {
  const truth = (x: Slot) => result("_TO_BOOL_FLOAT", [x]);
  assert.equal(truth(0), 0n);
  assert.equal(truth(-0), 0n);
  assert.equal(truth(5e-324), 1n);
  assert.equal(truth(-Infinity), 1n);
  assert.equal(truth(NaN), 1n);
  assert.equal(truth(NEG_NAN_BITS), 1n);
});

Deno.test("x ** 0.5 natively is glibc's pow: the square root where that is pow's result", () => {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let slow = 0, disagreeing = 0;
  const check = (x: number) => {
    const want = libmPow(x, 0.5);
    assert.ok(Object.is(powHalf(x), want), `${x} ** 0.5`);
    if (sqrtIsPow(x)) assert.equal(Math.sqrt(x), want, `${x}: the square root is pow's result`);
    else {
      slow++;
      // Near a midpoint the correctly rounded square root is sometimes not pow's result.
      if (want !== Math.sqrt(x)) disagreeing++;
    }
  };
  for (let i = 0; i < 50_000; i++) check(2 ** (random() * 128 - 64) * (1 + random()));
  // Squares of midpoints between doubles, and their neighbours: the hard cases.
  for (let i = 0; i < 20_000; i++) {
    const mid = (1 + random()) + 2 ** -53;
    for (const x of [mid * mid, mid * mid * (1 + 2 ** -52), mid * mid * (1 - 2 ** -52)]) check(x);
  }
  assert.ok(disagreeing > 0, "pow is not always the rounded square root");
  assert.ok(slow < 0.06 * 110_000, `${slow} computed by pow`);
  for (const x of [0, -0, Infinity, NaN, 5e-324, 2 ** -70, 2 ** 70, 1.7976931348623157e308]) {
    check(x);
  }
  for (const x of [-1, -Infinity, -5e-324]) assert.equal(powHalf(x), null, `${x} exits`);
});
