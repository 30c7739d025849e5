/**
 * The TypeScript semantics of the float uops (`jit/native_uops.ts` says
 * what a body must do). Each matches its template in `stencils/` bit for
 * bit, except where IEEE leaves a NaN's payload to the hardware: the
 * results of +, -, *, /, //, % that are NaN are only guaranteed to be NaN
 * (x86-64 and AArch64 pick different payloads and signs, and V8 may
 * reorder operands). Sign flips and sqrt of a NaN are done on the bits, so
 * they match exactly on both.
 *
 * @module
 */
import type { NativeBody, NativeState, Outcome } from "./native_state.ts";
import { CONTINUE, EXIT } from "./native_state.ts";
import { branchOn } from "./native_uops_int.ts";
import { libmPow } from "../vm/float_pow.ts";

const SIGN_BIT = -0x8000000000000000n;
const MAGNITUDE = 0x7fffffffffffffffn;
/** The quiet bit of a NaN's payload: sqrtsd and fsqrt set it, keeping the rest. */
const QUIET_BIT = 0x0008000000000000n;
const TWO_63 = 2 ** 63;

/*
 * The index of a comparison's bit in a COMPARE_MASKS mask (`jit/uops.ts`):
 * CMP_LT is 1 << 0, CMP_EQ 1 << 1, CMP_GT 1 << 2, CMP_UNORDERED 1 << 3.
 */
const LT = 0, EQ = 1, GT = 2, UNORDERED = 3;

const BIT_PATTERN = new Float64Array(1);
const BIT_WORDS = new BigInt64Array(BIT_PATTERN.buffer);

/**
 * Whether glibc's pow(x, 0.5) is the correctly rounded square root of x,
 * as `stencils/pow_half_float.c` decides it, operation by operation: x in
 * 2**-64..2**64, its square root more than 1/64 ULP from a midpoint.
 */
export function sqrtIsPow(x: number): boolean {
  if (!(x >= 2 ** -64 && x <= 2 ** 64)) return false;
  const r = Math.sqrt(x);
  const c = r * 134217729;
  const hi = c - (c - r), lo = r - hi;
  const p = r * r;
  const e = ((hi * hi - p) + 2 * hi * lo) + lo * lo;
  const residual = (x - p) - e;
  BIT_PATTERN[0] = r;
  BIT_WORDS[0] &= 0x7ff0000000000000n;
  const ulp = BIT_PATTERN[0] * 2 ** -52;
  const off = residual / (2 * r) / ulp;
  return 0.5 - Math.abs(off) >= 1 / 64;
}

/** `x ** 0.5` as `_POW_HALF_FLOAT` computes it; null where it exits (x < 0). */
export function powHalf(x: number): number | null {
  if (x < 0) return null;
  return sqrtIsPow(x) ? Math.sqrt(x) : libmPow(x, 0.5);
}

function compareDoubles(l: number, r: number): number {
  if (l < r) return LT;
  if (l > r) return GT;
  if (l === r) return EQ;
  return UNORDERED;
}

/**
 * An int64 against a double, exactly. Deliberately not the templates'
 * algorithm, so the two check each other: any finite double's floor is an
 * integer BigInt converts exactly, and i < d exactly when i <= floor(d).
 */
function compareIntDouble(i: bigint, d: number): number {
  if (Number.isNaN(d)) return UNORDERED;
  if (d === Infinity) return LT;
  if (d === -Infinity) return GT;
  const floor = Math.floor(d);
  const whole = BigInt(floor);
  if (i < whole) return LT;
  if (i > whole) return GT;
  return floor === d ? EQ : LT;
}

const MIRROR = [GT, EQ, LT, UNORDERED];

function pushCompare(state: NativeState, oparg: number, index: number): Outcome {
  const sp = state.sp;
  state.i64[sp - 2] = BigInt((oparg >> index) & 1);
  state.sp = sp - 1;
  return CONTINUE;
}

function binary(op: (l: number, r: number) => number): NativeBody {
  return (state) => {
    const sp = state.sp, f64 = state.f64;
    f64[sp - 2] = op(f64[sp - 2], f64[sp - 1]);
    state.sp = sp - 1;
    return CONTINUE;
  };
}

/**
 * CPython's _float_div_mod (Objects/floatobject.c) for a nonzero divisor:
 * the floor quotient and the remainder with the divisor's sign. JS's `%`
 * on numbers is C's fmod, exact.
 */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // A NaN remainder counts as nonzero, as in C.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function divMod(pick: 0 | 1): NativeBody {
  return (state) => {
    const sp = state.sp, f64 = state.f64;
    // Python raises ZeroDivisionError for 0.0 and -0.0 alike.
    if (f64[sp - 1] === 0) return EXIT;
    f64[sp - 2] = floatDivMod(f64[sp - 2], f64[sp - 1])[pick];
    state.sp = sp - 1;
    return CONTINUE;
  };
}

/** The float uops' bodies, by uop name. */
export const FLOAT_BODIES: Record<string, NativeBody> = {
  _BINARY_OP_ADD_FLOAT: binary((l, r) => l + r),
  _BINARY_OP_SUBTRACT_FLOAT: binary((l, r) => l - r),
  _BINARY_OP_MULTIPLY_FLOAT: binary((l, r) => l * r),

  _BINARY_OP_TRUE_DIVIDE_FLOAT: (state) => {
    const sp = state.sp, f64 = state.f64;
    // Python raises ZeroDivisionError for 0.0 and -0.0 alike.
    if (f64[sp - 1] === 0) return EXIT;
    f64[sp - 2] = f64[sp - 2] / f64[sp - 1];
    state.sp = sp - 1;
    return CONTINUE;
  },

  _POW_HALF_FLOAT: (state) => {
    const sp = state.sp, f64 = state.f64;
    const r = powHalf(f64[sp - 2]);
    if (r === null) return EXIT;
    f64[sp - 2] = r;
    state.sp = sp - 1;
    return CONTINUE;
  },

  _BINARY_OP_FLOOR_DIVIDE_FLOAT: divMod(0),
  _BINARY_OP_MODULO_FLOAT: divMod(1),

  _UNARY_NEGATIVE_FLOAT: (state) => {
    const i = state.sp - 1;
    state.i64[i] = state.i64[i] ^ SIGN_BIT;
    return CONTINUE;
  },

  _COMPARE_OP_FLOAT: (state, oparg) => {
    const sp = state.sp;
    return pushCompare(state, oparg, compareDoubles(state.f64[sp - 2], state.f64[sp - 1]));
  },

  _COMPARE_OP_FLOAT_GUARD: (state, oparg, operand0) => {
    const sp = state.sp;
    const index = compareDoubles(state.f64[sp - 2], state.f64[sp - 1]);
    return branchOn(state, (oparg >> index) & 1, operand0);
  },

  _COMPARE_OP_INT_FLOAT: (state, oparg) => {
    const sp = state.sp;
    return pushCompare(state, oparg, compareIntDouble(state.i64[sp - 2], state.f64[sp - 1]));
  },

  _COMPARE_OP_FLOAT_INT: (state, oparg) => {
    const sp = state.sp;
    const index = compareIntDouble(state.i64[sp - 1], state.f64[sp - 2]);
    return pushCompare(state, oparg, MIRROR[index]);
  },

  _INT_TO_FLOAT: (state, oparg) => {
    const i = state.sp - oparg;
    // Number(bigint) rounds to nearest, ties to even, as the C conversion does.
    state.f64[i] = Number(state.i64[i]);
    return CONTINUE;
  },

  _SQRT_FLOAT: (state) => {
    const i = state.sp - 1;
    const x = state.f64[i];
    // Python raises ValueError; -0.0 is not below zero and gives -0.0.
    if (x < 0) return EXIT;
    if (Number.isNaN(x)) state.i64[i] = state.i64[i] | QUIET_BIT;
    else state.f64[i] = Math.sqrt(x);
    return CONTINUE;
  },

  _FABS_FLOAT: (state) => {
    const i = state.sp - 1;
    state.i64[i] = state.i64[i] & MAGNITUDE;
    return CONTINUE;
  },

  _FLOOR_FLOAT: (state) => {
    const i = state.sp - 1;
    const x = state.f64[i];
    // NaN, the infinities and floors outside int64 are Python errors or big ints.
    if (!(x >= -TWO_63 && x < TWO_63)) return EXIT;
    state.i64[i] = BigInt(Math.floor(x));
    return CONTINUE;
  },

  _TO_BOOL_FLOAT: (state) => {
    const i = state.sp - 1;
    state.i64[i] = state.f64[i] !== 0 ? 1n : 0n;
    return CONTINUE;
  },
};
