/**
 * The number protocol and rich comparison: `binaryOp` with CPython 3.14's
 * `NB_*` numbering, the unary operators, `richCompare` and `eq`.
 *
 * Dispatch follows CPython 3.11 Objects/abstract.c `binary_op1` and
 * typeobject.c `SLOT1BINFULL`: the left operand's `__op__`, then the right
 * operand's `__rop__`, except that a right operand whose type is a proper
 * subclass with its own `__rop__` goes first; sequence concatenation and
 * repetition (`sq_concat`, `sq_repeat`) are tried only after both fail.
 *
 * @module
 */
import { PyFloat, type PyObject, raise, T, typeOf } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { isSubtype, strCompare, typeLookup, typeLookupId } from "./core.ts";
import { PySlotWrapper, SlotFlags } from "./descriptors.ts";
import { callSpecial } from "./calls.ts";
import { INT_OPS } from "./int_type.ts";
import { intFloatCompare as intCompare, intToFloat } from "./int.ts";
import { FLOAT_OPS, floatCompare } from "./float_type.ts";
import { enterRecursion, getItem, isTrue, leaveRecursion } from "./abstract.ts";

// ORDER NB: CPython 3.14 Include/internal/pycore_opcode_utils.h NB_*.
/** `NB_ADD`. */ export const NB_ADD = 0;
/** `NB_AND`. */ export const NB_AND = 1;
/** `NB_FLOOR_DIVIDE`. */ export const NB_FLOOR_DIVIDE = 2;
/** `NB_LSHIFT`. */ export const NB_LSHIFT = 3;
/** `NB_MATRIX_MULTIPLY`. */ export const NB_MATRIX_MULTIPLY = 4;
/** `NB_MULTIPLY`. */ export const NB_MULTIPLY = 5;
/** `NB_REMAINDER`. */ export const NB_REMAINDER = 6;
/** `NB_OR`. */ export const NB_OR = 7;
/** `NB_POWER`. */ export const NB_POWER = 8;
/** `NB_RSHIFT`. */ export const NB_RSHIFT = 9;
/** `NB_SUBTRACT`. */ export const NB_SUBTRACT = 10;
/** `NB_TRUE_DIVIDE`. */ export const NB_TRUE_DIVIDE = 11;
/** `NB_XOR`. */ export const NB_XOR = 12;
/** `NB_INPLACE_ADD`: the in-place forms are the binary ones plus 13. */ export const NB_INPLACE_ADD =
  13;
/** `NB_SUBSCR`. */ export const NB_SUBSCR = 26;

/** Dunder names of the binary operators, by NB_* index (0..12). */
export const NB_NAMES: readonly string[] = [
  "__add__",
  "__and__",
  "__floordiv__",
  "__lshift__",
  "__matmul__",
  "__mul__",
  "__mod__",
  "__or__",
  "__pow__",
  "__rshift__",
  "__sub__",
  "__truediv__",
  "__xor__",
];
/** Reflected dunder names. */
export const NB_RNAMES: readonly string[] = NB_NAMES.map((n) => "__r" + n.slice(2));
/** In-place dunder names. */
export const NB_INAMES: readonly string[] = NB_NAMES.map((n) => "__i" + n.slice(2));
// ORDER SPECIAL: the ids of `typeLookupId` for the operator dunders.
const ID_R = 13;
const ID_I = 26;
const ID_CMP = 39;

/** Operator symbols, by NB_* index (0..25). */
export const NB_SYMBOLS: readonly string[] = [
  "+",
  "&",
  "//",
  "<<",
  "@",
  "*",
  "%",
  "|",
  "**",
  ">>",
  "-",
  "/",
  "^",
  "+=",
  "&=",
  "//=",
  "<<=",
  "@=",
  "*=",
  "%=",
  "|=",
  "**=",
  ">>=",
  "-=",
  "/=",
  "^=",
];

/** `a <op> b` for `op` an NB_* code (0..26). */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  if (typeof a === "number" && typeof b === "number" && op < NB_SUBSCR) {
    return INT_OPS[op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op](a, b);
  }
  if (
    a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float &&
    op < NB_SUBSCR
  ) {
    const r = FLOAT_OPS[op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op](a.value, b.value);
    if (r !== NotImplemented) return r;
  }
  // int with float: CPython's float slots convert the int operand exactly.
  if (typeof a === "number" && b instanceof PyFloat && b.cls === T.float && op < NB_SUBSCR) {
    const r = FLOAT_OPS[op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op](a, b.value);
    if (r !== NotImplemented) return r;
  } else if (a instanceof PyFloat && typeof b === "number" && a.cls === T.float && op < NB_SUBSCR) {
    const r = FLOAT_OPS[op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op](a.value, b);
    if (r !== NotImplemented) return r;
  }
  if (typeof a === "string" && typeof b === "string" && (op === NB_ADD || op === NB_INPLACE_ADD)) {
    return a + b;
  }
  if (op === NB_SUBSCR) return getItem(a, b);
  if (op >= NB_INPLACE_ADD) return inplaceDispatch(a, b, op - NB_INPLACE_ADD);
  return binaryDispatch(a, b, op, op);
}

function isSeqSlot(f: PyObject | undefined): boolean {
  return f instanceof PySlotWrapper && (f.flags & SlotFlags.Sequence) !== 0;
}

// CPython 3.11 Objects/abstract.c binary_op1 (with the slot_nb_* trampolines
// folded in): the numeric protocol only, NotImplemented when both decline.
function numericDispatch(a: PyObject, b: PyObject, k: number): PyObject {
  const ta = typeOf(a), tb = typeOf(b);
  let fa = typeLookupId(ta, k, NB_NAMES[k]);
  if (fa === None || isSeqSlot(fa)) fa = undefined;
  let fb: PyObject | undefined;
  if (ta !== tb) {
    fb = typeLookupId(tb, ID_R + k, NB_RNAMES[k]);
    if (fb === None || isSeqSlot(fb)) fb = undefined;
  }
  if (
    fb !== undefined && fa !== undefined && isSubtype(tb, ta) &&
    fb !== typeLookupId(ta, ID_R + k, NB_RNAMES[k])
  ) {
    const r = callSpecial(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callSpecial(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callSpecial(fb, b, a);
  return NotImplemented;
}

function binaryDispatch(a: PyObject, b: PyObject, k: number, symbolIndex: number): PyObject {
  const r = numericDispatch(a, b, k);
  if (r !== NotImplemented) return r;
  return sequenceFallback(a, b, k, symbolIndex);
}

// CPython 3.11 PyNumber_Add / PyNumber_Multiply: sq_concat / sq_repeat last.
function sequenceFallback(a: PyObject, b: PyObject, k: number, symbolIndex: number): PyObject {
  if (k === NB_ADD) {
    const fa = typeLookup(typeOf(a), "__add__");
    if (isSeqSlot(fa)) return callSpecial(fa!, a, b);
  } else if (k === NB_MULTIPLY) {
    const fa = typeLookup(typeOf(a), "__mul__");
    if (isSeqSlot(fa)) return callSpecial(fa!, a, b);
    const fb = typeLookup(typeOf(b), "__rmul__");
    if (isSeqSlot(fb)) return callSpecial(fb!, b, a);
  }
  return unsupported(a, b, symbolIndex);
}

// CPython 3.11 binary_iop1: __iop__ first, then the binary protocol;
// sq_inplace_concat / sq_inplace_repeat only after the numeric protocol.
function inplaceDispatch(a: PyObject, b: PyObject, k: number): PyObject {
  const ta = typeOf(a);
  const fi = typeLookupId(ta, ID_I + k, NB_INAMES[k]);
  const seqInplace = isSeqSlot(fi);
  if (fi !== undefined && fi !== None && !seqInplace) {
    const r = callSpecial(fi, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = numericDispatch(a, b, k);
  if (r !== NotImplemented) return r;
  if (seqInplace) return callSpecial(fi!, a, b);
  return sequenceFallback(a, b, k, k + NB_INPLACE_ADD);
}

function unsupported(a: PyObject, b: PyObject, symbolIndex: number): never {
  const sym = symbolIndex === NB_POWER ? "** or pow()" : NB_SYMBOLS[symbolIndex];
  raise(
    "TypeError",
    `unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

/**
 * A binary operation outside the NB_* set (`divmod`): `__name__`, then the
 * reflected `__rname__`, with the same subclass rule; `sym` names it in
 * the error ("unsupported operand type(s) for divmod(): 'str' and 'int'").
 */
export function binaryNamed(
  a: PyObject,
  b: PyObject,
  name: string,
  rname: string,
  sym: string,
): PyObject {
  const ta = typeOf(a), tb = typeOf(b);
  let fa = typeLookup(ta, name);
  if (fa === None) fa = undefined;
  let fb = ta === tb ? undefined : typeLookup(tb, rname);
  if (fb === None) fb = undefined;
  if (fb !== undefined && fa !== undefined && isSubtype(tb, ta) && fb !== typeLookup(ta, rname)) {
    const r = callSpecial(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callSpecial(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callSpecial(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  raise("TypeError", `unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

/** `pow(a, b, m)` with a modulus (`m` None means the two-argument form). */
export function ternaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (m === None) return binaryOp(a, b, NB_POWER);
  const ta = typeOf(a), tb = typeOf(b), tm = typeOf(m);
  const fa = typeLookup(ta, "__pow__");
  if (fa !== undefined && fa !== None) {
    const r = callSpecial(fa, a, b, m);
    if (r !== NotImplemented) return r;
  }
  if (tb !== ta) {
    const fb = typeLookup(tb, "__rpow__");
    if (fb !== undefined && fb !== None) {
      const r = callSpecial(fb, b, a, m);
      if (r !== NotImplemented) return r;
    }
  }
  raise(
    "TypeError",
    `unsupported operand type(s) for ** or pow(): '${ta.name}', '${tb.name}', '${tm.name}'`,
  );
}

// -- Unary operators ------------------------------------------------------------------

function unary(x: PyObject, name: string, sym: string): PyObject {
  const f = typeLookup(typeOf(x), name);
  if (f === undefined || f === None) {
    raise("TypeError", `bad operand type for unary ${sym}: '${typeOf(x).name}'`);
  }
  return callSpecial(f, x);
}

/** `-x`. */
export function unaryNegative(x: PyObject): PyObject {
  if (typeof x === "number") return x === 0 ? 0 : -x;
  if (x instanceof PyFloat && x.cls === T.float) return new PyFloat(-x.value);
  return unary(x, "__neg__", "-");
}

/** `+x`. */
export function unaryPositive(x: PyObject): PyObject {
  if (typeof x === "number") return x;
  return unary(x, "__pos__", "+");
}

/** `~x`. */
export function unaryInvert(x: PyObject): PyObject {
  if (typeof x === "number" && (x | 0) === x) return ~x;
  return unary(x, "__invert__", "~");
}

/** `not x`. */
export function unaryNot(x: PyObject): boolean {
  return !isTrue(x);
}

// -- Rich comparison -------------------------------------------------------------------

/** `Py_LT`..`Py_GE`, CPython's order. */
export type CompareOp = 0 | 1 | 2 | 3 | 4 | 5;
/** Dunder names of the comparisons, by CompareOp. */
export const CMP_NAMES: readonly string[] = [
  "__lt__",
  "__le__",
  "__eq__",
  "__ne__",
  "__gt__",
  "__ge__",
];
/** Symbols of the comparisons, by CompareOp. */
export const CMP_SYMBOLS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];
/** `_Py_SwappedOp`. */
export const CMP_SWAPPED: readonly CompareOp[] = [4, 5, 2, 3, 0, 1];

/** Turns a three-way result (negative, 0, positive; NaN for unordered) into the op's answer. */
export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0:
      return c < 0;
    case 1:
      return c <= 0;
    case 2:
      return c === 0;
    case 3:
      return c !== 0;
    case 4:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** `a <op> b` (CPython 3.11 Objects/object.c `do_richcompare`). */
export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (typeof a === "number" && typeof b === "number") return cmpResult(a - b, op);
  if (typeof a === "string" && typeof b === "string") return cmpResult(strCompare(a, b), op);
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) {
    return floatCompare(a.value, b.value, op);
  }
  if (
    a instanceof PyFloat && a.cls === T.float && (typeof b === "number" || typeof b === "bigint")
  ) {
    return cmpResult(-intCompare(b, a.value), op);
  }
  if (
    b instanceof PyFloat && b.cls === T.float && (typeof a === "number" || typeof a === "bigint")
  ) {
    return cmpResult(intCompare(a, b.value), op);
  }
  return slowCompare(a, b, op);
}

function slowCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  enterRecursion(" in comparison");
  try {
    return doRichCompare(a, b, op);
  } finally {
    leaveRecursion();
  }
}

function doRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    checkedReverse = true;
    const f = typeLookupId(tb, ID_CMP + CMP_SWAPPED[op], CMP_NAMES[CMP_SWAPPED[op]]);
    if (f !== undefined && f !== None) {
      const r = callSpecial(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = typeLookupId(ta, ID_CMP + op, CMP_NAMES[op]);
  if (f !== undefined && f !== None) {
    const r = callSpecial(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = typeLookupId(tb, ID_CMP + CMP_SWAPPED[op], CMP_NAMES[CMP_SWAPPED[op]]);
    if (g !== undefined && g !== None) {
      const r = callSpecial(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  raise(
    "TypeError",
    `'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`,
  );
}

/** `a == b` as a JS boolean, identity first (CPython's `PyObject_RichCompareBool`). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === "string" || ta === "boolean") {
    const tb = typeof b;
    if (tb === "string" || tb === ta) return false;
  }
  if (ta === "number" && typeof b === "number") return false;
  const r = richCompare(a, b, 2);
  return r === true ? true : r === false ? false : isTrue(r);
}

/** `a < b` as a JS boolean (sorting, min/max). */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  const r = richCompare(a, b, 0);
  return r === true ? true : r === false ? false : isTrue(r);
}

/** A number as a JS double when it is an int or a float (`1 < 2.5`); else undefined. */
export function numberAsDouble(x: PyObject): number | undefined {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "bigint") return intToFloat(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  return undefined;
}

/**
 * A comparison of two JS numbers by COMPARE_OP's operator (0..5: <, <=, ==,
 * !=, >, >=), NaN comparing as in C: the fast path of COMPARE_OP_INT/FLOAT in
 * tier 1 (`vm/interp.ts`) and in the uop interpreter (`jit/uop_interp.ts`).
 */
export function compareNumbers(x: number, y: number, cmp: number): boolean {
  switch (cmp) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}
