/**
 * Native lowering of int, float and bool arithmetic (`jit/lower_native.ts`
 * requirement 2): binary operators with their exits and conversions,
 * comparisons and the branches fused into them, truth, and the `math`
 * functions with stencils.
 *
 * @module
 */
import { PyFloat } from "../vm/object.ts";
import {
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_LSHIFT,
  NB_MULTIPLY,
  NB_OR,
  NB_POWER,
  NB_REMAINDER,
  NB_RSHIFT,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
} from "../vm/operators.ts";
import { instr, type NativeInstr } from "./emit.ts";
import { COMPARE_MASKS } from "./uops.ts";
import { type AbsValue, isSmallPower, mathFunction } from "./optimizer.ts";
import { calls } from "./lower_seq.ts";
import type { Reason } from "./reasons.ts";
import type { SlotType } from "./trace_ir.ts";

/** What of `jit/lower_native.ts`'s lowering these functions use. */
export interface NumberLowering {
  readonly body: NativeInstr[];
  /** Indices in `body` whose `exit` is a snapshot id. */
  readonly exiting: number[];
  /** Instructions other code jumps to: nothing folds across them. */
  readonly barriers: ReadonlySet<number>;
  emit(uop: string, fields?: Partial<Omit<NativeInstr, "uop">>): void;
  emitExiting(uop: string, exit: () => number, fields?: Partial<Omit<NativeInstr, "uop">>): void;
  /** Rejects unless `ok`, by whether the top `n` types are known. */
  need(ok: boolean, s: AbsValue[], n: number): void;
  types(s: AbsValue[], n: number): SlotType[];
  /** The native slot of slot `j` of the frame being lowered. */
  nat(j: number): number;
  fail(reason: Reason): never;
}

const CMP_NAMES = ["<", "<=", "==", "!=", ">", ">="] as const;

/** Whether a value is the constant float 0.5 (`x ** 0.5`: `_POW_HALF_FLOAT`). */
function isHalf(v: AbsValue | undefined): boolean {
  return v?.known === true && v.value instanceof PyFloat && v.value.value === 0.5;
}

const INT_BINARY: Record<number, string> = {
  [NB_ADD]: "_BINARY_OP_ADD_INT",
  [NB_SUBTRACT]: "_BINARY_OP_SUBTRACT_INT",
  [NB_MULTIPLY]: "_BINARY_OP_MULTIPLY_INT",
  [NB_FLOOR_DIVIDE]: "_BINARY_OP_FLOOR_DIVIDE_INT",
  [NB_REMAINDER]: "_BINARY_OP_MODULO_INT",
  [NB_LSHIFT]: "_BINARY_OP_LSHIFT_INT",
  [NB_RSHIFT]: "_BINARY_OP_RSHIFT_INT",
  [NB_AND]: "_BINARY_OP_AND_INT",
  [NB_OR]: "_BINARY_OP_OR_INT",
  [NB_XOR]: "_BINARY_OP_XOR_INT",
};
const FLOAT_BINARY: Record<number, string> = {
  [NB_ADD]: "_BINARY_OP_ADD_FLOAT",
  [NB_SUBTRACT]: "_BINARY_OP_SUBTRACT_FLOAT",
  [NB_MULTIPLY]: "_BINARY_OP_MULTIPLY_FLOAT",
  [NB_TRUE_DIVIDE]: "_BINARY_OP_TRUE_DIVIDE_FLOAT",
  [NB_FLOOR_DIVIDE]: "_BINARY_OP_FLOOR_DIVIDE_FLOAT",
  [NB_REMAINDER]: "_BINARY_OP_MODULO_FLOAT",
};
/** 2**53: ints up to it in magnitude are exact doubles. */
const EXACT = 1n << 53n;
const EXITING = new Set([
  "_BINARY_OP_TRUE_DIVIDE_FLOAT",
  "_BINARY_OP_FLOOR_DIVIDE_FLOAT",
  "_BINARY_OP_MODULO_FLOAT",
  "_SQRT_FLOAT",
  "_FLOOR_FLOAT",
]);

export function lowerBinary(
  l: NumberLowering,
  nb: number,
  s: AbsValue[],
  exit: () => number,
): void {
  // Bools are the ints 0 and 1 in arithmetic, and natively too.
  const [left, right] = l.types(s, 2).map((t) => (t === "bool" ? "int" : t));
  const d = s.length;
  if (left === "int" && right === "int") {
    if (nb === NB_TRUE_DIVIDE) return intTrueDivide(l, s, exit);
    if (nb === NB_POWER) return intPower(l, s, exit);
    if ((nb === NB_REMAINDER || nb === NB_FLOOR_DIVIDE) && byPowerOfTwo(l, nb, s, exit)) return;
    const uop = INT_BINARY[nb];
    l.need(uop !== undefined, s, 2);
    const exits = uop !== "_BINARY_OP_AND_INT" && uop !== "_BINARY_OP_OR_INT" &&
      uop !== "_BINARY_OP_XOR_INT";
    return exits ? l.emitExiting(uop, exit) : l.emit(uop);
  }
  const numeric = (t: SlotType) => t === "int" || t === "float";
  if (nb === NB_POWER && left === "float" && isHalf(s[d - 1])) {
    return l.emitExiting("_POW_HALF_FLOAT", exit);
  }
  const uop = FLOAT_BINARY[nb];
  l.need(numeric(left) && numeric(right) && uop !== undefined, s, 2);
  if (left === "float" && right === "float") {
    return EXITING.has(uop) ? l.emitExiting(uop, exit) : l.emit(uop);
  }
  const depth = left === "int" ? 2 : 1;
  if (!EXITING.has(uop)) {
    l.emit("_INT_TO_FLOAT", { oparg: depth });
    return l.emit(uop);
  }
  divideCopies(l, d, [depth], exit, uop);
}

/**
 * A branch guard on the bool an int or float comparison just pushed
 * becomes one compare-and-branch stencil: it goes on for the outcomes
 * that lead where the trace goes, and otherwise exits with the bool, the
 * guard's own snapshot.
 */
export function fuseCompare(l: NumberLowering, onTrue: boolean, exit: () => number): boolean {
  const k = l.body.length - 1;
  const last = l.body[k];
  const m = /^_COMPARE_OP_(INT|FLOAT)(_CONST|_FAST|_LOCALS)?$/.exec(last?.uop ?? "");
  // Nothing is emitted between the comparison and its guard: its bool is on top.
  if (m === null || l.barriers.has(k + 1)) return false;
  const all = m[1] === "INT" ? 7 : 15;
  const oparg = onTrue ? last.oparg : ~last.oparg & all;
  l.body[k] = instr(`_COMPARE_OP_${m[1]}_GUARD${m[2] ?? ""}`, {
    oparg,
    operand0: onTrue ? 0n : 1n,
    operand1: last.operand1,
    exit: exit(),
  });
  l.exiting.push(k);
  return true;
}

/**
 * x % 2**k and x // 2**k for a known divisor: in two's complement Python's
 * floor division and modulo by a positive power of two are exactly
 * `x >> k` and `x & (2**k - 1)`, for negative x too, and cannot fail. The
 * divisor on the stack becomes the shift or the mask.
 */
function byPowerOfTwo(l: NumberLowering, nb: number, s: AbsValue[], exit: () => number): boolean {
  const r = s[s.length - 1];
  const v = r?.known ? r.value : undefined;
  const n = typeof v === "number" ? BigInt(v) : typeof v === "bigint" ? v : 0n;
  if (n <= 0n || (n & (n - 1n)) !== 0n || BigInt.asIntN(64, n) !== n) return false;
  const k = BigInt(n.toString(2).length - 1);
  const operand0 = nb === NB_REMAINDER ? n - 1n : k;
  const last = l.body[l.body.length - 1];
  if (
    last?.uop === "_LOAD_CONST_INLINE" && last.operand0 === n &&
    !l.barriers.has(l.body.length)
  ) {
    // The divisor was just pushed, for this operation alone.
    l.body[l.body.length - 1] = instr("_LOAD_CONST_INLINE", { operand0 });
  } else {
    l.emit("_POP_TOP");
    l.emit("_LOAD_CONST_INLINE", { operand0 });
  }
  if (nb === NB_REMAINDER) l.emit("_BINARY_OP_AND_INT");
  else l.emitExiting("_BINARY_OP_RSHIFT_INT", exit);
  return true;
}

/**
 * Requirement 2: divides copies (by `uop`, true division unless said),
 * converting the ones at `depths` of the copied pair.
 */
function divideCopies(
  l: NumberLowering,
  d: number,
  depths: number[],
  exit: () => number,
  uop = "_BINARY_OP_TRUE_DIVIDE_FLOAT",
): void {
  l.emit("_COPY", { oparg: 2 });
  l.emit("_COPY", { oparg: 2 });
  for (const depth of depths) l.emit("_INT_TO_FLOAT", { oparg: depth });
  l.emitExiting(uop, exit);
  l.emit("_STORE_FAST", { oparg: l.nat(d - 2) });
  l.emit("_POP_TOP");
}

/**
 * int / int: exact as a double division only when both are exact doubles
 * (|x| <= 2**53: the quotient is then correctly rounded, as CPython's
 * long_true_divide), so each operand is range-checked on a copy first and
 * larger ones leave for tier 1.
 */
function intTrueDivide(l: NumberLowering, s: AbsValue[], exit: () => number): void {
  for (const depth of [2, 1]) {
    for (const [bound, cmp] of [[EXACT, "<="], [-EXACT, ">="]] as const) {
      l.emit("_COPY", { oparg: depth });
      l.emit("_LOAD_CONST_INLINE", { operand0: bound });
      l.emit("_COMPARE_OP_INT", { oparg: COMPARE_MASKS[cmp] });
      l.emitExiting("_GUARD_IS_TRUE_POP", exit);
    }
  }
  divideCopies(l, s.length, [2, 1], exit);
}

/** int ** n for a known small n >= 0, by multiplying (each product exits on overflow). */
function intPower(l: NumberLowering, s: AbsValue[], exit: () => number): void {
  const n = s[s.length - 1];
  if (!n.known || !isSmallPower(n.value)) l.fail("NOT_NATIVE");
  l.emit("_POP_TOP");
  if (n.value === 0) {
    l.emit("_POP_TOP");
    return l.emit("_LOAD_CONST_INLINE", { operand0: 1n });
  }
  for (let k = 1; k < n.value; k++) l.emit("_COPY", { oparg: k });
  for (let k = 1; k < n.value; k++) l.emitExiting("_BINARY_OP_MULTIPLY_INT", exit);
}

export function lowerCompare(l: NumberLowering, oparg: number, s: AbsValue[]): void {
  const name = CMP_NAMES[oparg >>> 5];
  if (name === undefined) l.fail("NOT_NATIVE");
  const [left, right] = l.types(s, 2).map((t) => (t === "bool" ? "int" : t));
  const uop = left === "int"
    ? right === "int" ? "_COMPARE_OP_INT" : right === "float" ? "_COMPARE_OP_INT_FLOAT" : null
    : left === "float"
    ? right === "int" ? "_COMPARE_OP_FLOAT_INT" : right === "float" ? "_COMPARE_OP_FLOAT" : null
    : null;
  l.need(uop !== null, s, 2);
  l.emit(uop!, { oparg: COMPARE_MASKS[name] });
}

export function lowerToBool(l: NumberLowering, s: AbsValue[]): void {
  const t = s[s.length - 1]?.type;
  if (t === "bool") return;
  if (t === "int") return l.emit("_TO_BOOL_INT");
  l.need(t === "float", s, 1);
  l.emit("_TO_BOOL_FLOAT");
}

/** math.sqrt, fabs and floor of one int or float; the callable and NULL are constants. */
export function lowerMathCall(
  l: NumberLowering,
  nargs: number,
  callable: unknown,
  s: AbsValue[],
  exit: () => number,
): void {
  const fn = mathFunction(callable);
  const d = s.length;
  const base = d - nargs - 2;
  if (fn === null || nargs !== 1) l.fail("NOT_NATIVE");
  if (!calls(s, base, callable)) l.fail("UNKNOWN_TYPE");
  const t = s[d - 1].type;
  l.need(t === "int" || t === "float", s, 1);
  let extra = 0;
  if (fn === "floor") {
    if (t === "float") l.emitExiting("_FLOOR_FLOAT", exit);
  } else if (fn === "fabs") {
    if (t === "int") l.emit("_INT_TO_FLOAT", { oparg: 1 });
    l.emit("_FABS_FLOAT");
  } else if (t === "float") {
    l.emitExiting("_SQRT_FLOAT", exit);
  } else {
    // Requirement 2: a negative int must reach tier 1 as the int it was.
    l.emit("_COPY", { oparg: 1 });
    l.emit("_INT_TO_FLOAT", { oparg: 1 });
    l.emitExiting("_SQRT_FLOAT", exit);
    extra = 1;
  }
  l.emit("_STORE_FAST", { oparg: l.nat(base) });
  l.emit("_POP_TOP");
  if (extra) l.emit("_POP_TOP");
}
