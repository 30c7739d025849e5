/**
 * The TypeScript semantics of the int, bool, stack and control uops
 * (`jit/native_uops.ts` says what a body must do). Each matches its
 * template in `stencils/` exactly, exits included: ints are int64, and
 * wherever Python would need a big int or raise, the body exits untouched
 * so that tier 1 redoes the instruction.
 *
 * The arithmetic is done on unbounded BigInts and then range-checked, on
 * purpose not with the templates' tricks (shift back, swap operands), so
 * that the two implementations check each other.
 *
 * @module
 */
import type { NativeBody, NativeState, Outcome } from "./native_state.ts";
import { CONTINUE, EXIT, JUMP } from "./native_state.ts";

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function fits(x: bigint): boolean {
  return x >= INT64_MIN && x <= INT64_MAX;
}

/**
 * A `(left, right -- res)` uop from the exact result of its operation, or
 * null where it must exit (the result leaves int64, or Python raises).
 */
function binary(op: (l: bigint, r: bigint) => bigint | null): NativeBody {
  return (state: NativeState): Outcome => {
    const { i64, sp } = state;
    const res = op(i64[sp - 2], i64[sp - 1]);
    if (res === null || !fits(res)) return EXIT;
    i64[sp - 2] = res;
    state.sp = sp - 1;
    return CONTINUE;
  };
}

/** A `(value -- res)` uop, with the same convention as `binary`. */
function unary(op: (v: bigint) => bigint | null): NativeBody {
  return (state: NativeState): Outcome => {
    const { i64, sp } = state;
    const res = op(i64[sp - 1]);
    if (res === null || !fits(res)) return EXIT;
    i64[sp - 1] = res;
    return CONTINUE;
  };
}

/** Python's divmod on ints: the quotient rounds toward minus infinity. */
function floorDiv(l: bigint, r: bigint): bigint | null {
  if (r === 0n) return null;
  const q = l / r; // BigInt division truncates toward zero
  return l % r !== 0n && (l < 0n) !== (r < 0n) ? q - 1n : q;
}

/** Python's %: the remainder takes the divisor's sign. */
function floorMod(l: bigint, r: bigint): bigint | null {
  if (r === 0n) return null;
  const m = l % r; // takes the dividend's sign
  return m !== 0n && (m < 0n) !== (r < 0n) ? m + r : m;
}

function lshift(l: bigint, r: bigint): bigint | null {
  if (r < 0n) return null;
  if (l === 0n) return 0n;
  // A nonzero operand shifted by 64 or more never fits; capping the count
  // keeps the BigInt small while still overflowing.
  return l << (r > 64n ? 64n : r);
}

function rshift(l: bigint, r: bigint): bigint | null {
  if (r < 0n) return null;
  return l >> (r > 64n ? 64n : r);
}

/** The index of the comparison's bit in a COMPARE_MASKS mask: LT, EQ, GT. */
function compareBit(l: bigint, r: bigint): number {
  return l < r ? 0 : l === r ? 1 : 2;
}

function guard(exitWhenZero: boolean): NativeBody {
  return (state: NativeState): Outcome => {
    if ((state.i64[state.sp - 1] === 0n) === exitWhenZero) return EXIT;
    state.sp -= 1;
    return CONTINUE;
  };
}

/** The int uops' bodies, by uop name. */
export const INT_BODIES: Record<string, NativeBody> = {
  _LOAD_FAST(state, oparg) {
    state.i64[state.sp] = state.i64[oparg];
    state.sp += 1;
    return CONTINUE;
  },
  _STORE_FAST(state, oparg) {
    state.sp -= 1;
    state.i64[oparg] = state.i64[state.sp];
    return CONTINUE;
  },
  _LOAD_CONST_INLINE(state, _oparg, operand0) {
    state.i64[state.sp] = operand0;
    state.sp += 1;
    return CONTINUE;
  },
  _POP_TOP(state) {
    state.sp -= 1;
    return CONTINUE;
  },
  _COPY(state, oparg) {
    state.i64[state.sp] = state.i64[state.sp - oparg];
    state.sp += 1;
    return CONTINUE;
  },
  _SWAP(state, oparg) {
    const { i64, sp } = state;
    const top = i64[sp - 1];
    i64[sp - 1] = i64[sp - oparg];
    i64[sp - oparg] = top;
    return CONTINUE;
  },
  _BINARY_OP_ADD_INT: binary((l, r) => l + r),
  _BINARY_OP_SUBTRACT_INT: binary((l, r) => l - r),
  _BINARY_OP_MULTIPLY_INT: binary((l, r) => l * r),
  _BINARY_OP_FLOOR_DIVIDE_INT: binary(floorDiv),
  _BINARY_OP_MODULO_INT: binary(floorMod),
  _BINARY_OP_LSHIFT_INT: binary(lshift),
  _BINARY_OP_RSHIFT_INT: binary(rshift),
  _BINARY_OP_AND_INT: binary((l, r) => l & r),
  _BINARY_OP_OR_INT: binary((l, r) => l | r),
  _BINARY_OP_XOR_INT: binary((l, r) => l ^ r),
  _UNARY_INVERT_INT: unary((v) => ~v),
  _UNARY_NEGATIVE_INT: unary((v) => -v),
  _COMPARE_OP_INT(state, oparg) {
    const { i64, sp } = state;
    const bit = compareBit(i64[sp - 2], i64[sp - 1]);
    i64[sp - 2] = BigInt((oparg >> bit) & 1);
    state.sp = sp - 1;
    return CONTINUE;
  },
  _COMPARE_OP_INT_GUARD(state, oparg, operand0) {
    const { i64, sp } = state;
    return branchOn(state, (oparg >> compareBit(i64[sp - 2], i64[sp - 1])) & 1, operand0);
  },
  // Defined for bools; any other slot wraps like the template's 1 - x.
  _UNARY_NOT: unary((v) => BigInt.asIntN(64, 1n - v)),
  _TO_BOOL_INT: unary((v) => (v !== 0n ? 1n : 0n)),
  _GUARD_IS_TRUE_POP: guard(true),
  _GUARD_IS_FALSE_POP: guard(false),
  _JUMP_TO_TOP() {
    return JUMP;
  },
  _FOR_ITER_RANGE(state, oparg, operand0) {
    const { i64 } = state;
    const cur = i64[oparg], stop = i64[oparg + 1], step = operand0;
    if (!(step > 0n ? cur < stop : cur > stop)) return EXIT;
    const next = cur + step;
    // Past int64 the range has nothing left to yield: the stop marks it done.
    i64[oparg] = fits(next) ? next : stop;
    i64[state.sp] = cur;
    state.sp += 1;
    return CONTINUE;
  },
  _RANGE_ITER_NEW(state, oparg, _operand0, operand1) {
    const { i64, sp } = state;
    const n = Number(operand1);
    const start = n === 1 ? 0n : i64[sp - n];
    const stop = i64[sp - (n === 3 ? 2 : 1)];
    const limit = 1n << 52n;
    if (start < -limit || start > limit || stop < -limit || stop > limit) return EXIT;
    i64[oparg] = start;
    i64[oparg + 1] = stop;
    i64[oparg + 2] = 1n;
    state.sp = sp - n - 1;
    i64[state.sp - 1] = start;
    return CONTINUE;
  },
  _RANGE_ITER_DONE(state, oparg, operand0) {
    const { i64 } = state;
    const cur = i64[oparg], stop = i64[oparg + 1];
    if (operand0 > 0n ? cur < stop : cur > stop) return EXIT;
    state.sp -= 1;
    return CONTINUE;
  },
  // The harness reads the exit id from operand0.
  _EXIT_TRACE() {
    return EXIT;
  },
};

/**
 * A fused compare-and-branch: pops both operands and continues when `taken`
 * is 1, else exits with `result`, the comparison's bool, in their place.
 */
export function branchOn(state: NativeState, taken: number, result: bigint): Outcome {
  const sp = state.sp;
  if (taken) {
    state.sp = sp - 2;
    return CONTINUE;
  }
  state.i64[sp - 2] = result;
  state.sp = sp - 1;
  return EXIT;
}
