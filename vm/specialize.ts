/**
 * Tier 1's specializer (PEP 659; CPython 3.14 Python/specialize.c): decides,
 * from the operands an instruction sees, which specialized form of its
 * family to rewrite it into, and fills the form's inline cache.
 *
 * Requirements:
 * 1. The first cache unit of every specializable instruction is its adaptive
 *    counter, `value << 4 | backoff`. `quicken` arms it at WARMUP (the
 *    instruction specializes on its second execution; on its first under
 *    `--stress`). The generic form counts it down and calls `specialize*`
 *    when it reaches zero.
 * 2. A successful specialization leaves the counter at COOLDOWN; a failure
 *    leaves it at an exponential backoff (1, 3, 7, ... 4095 executions).
 * 3. A specialized form checks its guards before touching the stack. When a
 *    guard fails (`miss`), the generic form of its family runs in its place
 *    for that execution and counts the counter down, so after COOLDOWN misses
 *    the instruction specializes again for what it sees then; if nothing
 *    fits, it goes back to the generic form (a deopt) with a backoff.
 * 4. Caches hold numbers (type versions, keys versions, indices) in
 *    `co_code` and objects (shapes, dict entries, functions) in
 *    `code.cacheRefs[instr]` and `code.cacheRefs[instr + 1]`. A type's
 *    `version` and a dict table's `keysVersion()` are unique across the
 *    process, so a match proves both identity and "unchanged".
 * 5. Every attempt is counted in `SpecStats` when `--stats` is on, with the
 *    reason of each failure.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyFloat,
  PyFunction,
  PyHeap,
  PyInstance,
  PyList,
  PyMethod,
  PyMethodDescriptor,
  type PyObject,
  PyTuple,
  PyType,
  T,
  typeOf,
} from "./object.ts";
import { Op, OPCODES, opName } from "./opcodes.ts";
import type { CodeObject } from "./code.ts";
import {
  attrFlags,
  GENERIC_GET,
  GENERIC_SET,
  HAS_GETATTR,
  isDataDescriptor,
  MAX_SHAPE_NAMES,
} from "./attrs.ts";
import { typeLookup } from "./core.ts";
import { PyMemberDescriptor, PyModule, PyProperty } from "./descriptors.ts";
import { PyDict } from "./dict.ts";
import { PySet } from "./set.ts";
import { ListIterator } from "./list.ts";
import { TupleIterator } from "./tuple.ts";
import { RangeIterator } from "./range.ts";
import { PyGenerator } from "./generator.ts";
import { codeInfo } from "./frame.ts";
import { hasDefaultNew } from "./calls.ts";
import { builtinFunction } from "./builtins.ts";
import { None } from "./types.ts";

// -- Counters -------------------------------------------------------------------------------

const BACKOFF_BITS = 4;
const MAX_BACKOFF = 12;
/** Executions before the first specialization attempt (CPython: 1, so the second one tries). */
const WARMUP_VALUE = 1;
/** Executions of the generic form after a deopt before it tries again (CPython: 52). */
const COOLDOWN_VALUE = 52;

const counter = (value: number, backoff: number) => (value << BACKOFF_BITS) | backoff;

/** The counter after a failed attempt: wait 2**backoff - 1 executions, doubling each time. */
export function backedOff(old: number): number {
  const backoff = Math.min((old & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
  return counter((1 << backoff) - 1, backoff);
}

/** A loop's first wait after a failed trace: as long as its warm-up (`JIT_THRESHOLD`, 1023). */
const LOOP_BACKOFF_MIN = 10;
/**
 * A retired executor's first wait: 4095. Its loop did run natively and did not
 * pay, which says more than a projection that failed while types settled.
 */
const RETIRED_BACKOFF_MIN = 12;
/** The longest wait: 2**27 - 1 iterations, the most a counter's 28 value bits hold. */
const LOOP_BACKOFF_MAX = 27;

/**
 * A backward jump's counter after a loop could not be traced (or its trace
 * retired): wait 1023 iterations (4095 after a retirement), then twice as
 * long after each further failure. Projection costs tens of microseconds, so
 * a loop that can never be traced (an inner loop, a call that does not
 * inline) must not retry every few thousand iterations for the rest of the
 * run. `--stress` keeps tier 1's short backoff, so that a retry comes soon.
 */
export function loopBackedOff(old: number, stress = false, retired = false): number {
  if (stress) return backedOff(old);
  const failures = Math.min((old & ((1 << BACKOFF_BITS) - 1)) + 1, (1 << BACKOFF_BITS) - 1);
  const first = retired ? RETIRED_BACKOFF_MIN : LOOP_BACKOFF_MIN;
  const wait = Math.min(first + failures - 1, LOOP_BACKOFF_MAX);
  return counter(2 ** wait - 1, failures);
}

/** The generic opcodes that specialize, as a lookup table. */
export const ADAPTIVE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const info of OPCODES) {
    if (info !== undefined && info.code < 256 && info.family !== info.code && info.cache > 0) {
      t[info.family] = 1;
    }
  }
  return t;
})();

/** Superinstructions by their two parts: `SUPER[first * 256 + second]`. */
const SUPER = new Map<number, number>([
  [Op.LOAD_FAST * 256 + Op.LOAD_FAST, Op.LOAD_FAST__LOAD_FAST],
  [Op.LOAD_FAST * 256 + Op.LOAD_CONST, Op.LOAD_FAST__LOAD_CONST],
  [Op.LOAD_CONST * 256 + Op.LOAD_FAST, Op.LOAD_CONST__LOAD_FAST],
  [Op.STORE_FAST * 256 + Op.LOAD_FAST, Op.STORE_FAST__LOAD_FAST],
  [Op.STORE_FAST * 256 + Op.STORE_FAST, Op.STORE_FAST__STORE_FAST],
]);

/** The generic opcode of each specialized one (itself for the others). */
export const FAMILY: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = OPCODES[i]?.family ?? i;
  return t;
})();

// -- Statistics -----------------------------------------------------------------------------

/** What one family did, for `--stats`. */
export interface FamilyStats {
  attempts: number;
  successes: number;
  failures: Map<string, number>;
  misses: number;
  deopts: number;
}

/** Counts kept while `--stats` is on. */
export class SpecStats {
  /** Executions per opcode number (specialized forms under their own numbers). */
  readonly executed: Float64Array = new Float64Array(256);
  readonly families: Map<number, FamilyStats> = new Map();

  family(op: number): FamilyStats {
    let f = this.families.get(op);
    if (f === undefined) {
      f = { attempts: 0, successes: 0, failures: new Map(), misses: 0, deopts: 0 };
      this.families.set(op, f);
    }
    return f;
  }

  /** Executions of the family's specialized forms that passed their guards. */
  hits(family: number): number {
    let n = 0;
    for (let op = 128; op < 256; op++) if (FAMILY[op] === family) n += this.executed[op];
    return n - this.family(family).misses;
  }
}

/** The run's state: thresholds and statistics (null when `--stats` is off). */
export class Specializer {
  readonly warmup: number;
  readonly cooldown: number;
  /** The JUMP_BACKWARD counter when tier 2 is on: loop iterations before a trace is projected. */
  readonly backedge: number;
  readonly stats: SpecStats | null;
  /**
   * CPython's thresholds, or all zero under `--stress`. `backedgeThreshold`
   * is tier 2's (0 when there is no tier 2: JUMP_BACKWARD then never counts).
   */
  constructor(stress: boolean, stats: boolean, backedgeThreshold = 0) {
    this.warmup = stress ? 0 : counter(WARMUP_VALUE, 0);
    this.cooldown = stress ? 0 : counter(COOLDOWN_VALUE, 0);
    this.backedge = stress ? 0 : counter(backedgeThreshold, 0);
    this.stats = stats ? new SpecStats() : null;
  }
}

/** Arms the adaptive counter of every specializable instruction of `code`. */
export function quicken(code: CodeObject, s: Specializer): void {
  const units = code.co_code;
  for (let i = 0; i < units.length;) {
    const op = units[i] & 0xff;
    const next = 1 + (OPCODES[op]?.cache ?? 0);
    if (ADAPTIVE[op] === 1) units[i + 1] = s.warmup;
    else if (op === Op.JUMP_BACKWARD) units[i + 1] = s.backedge;
    // The second part keeps its own unit, so a jump to it still runs it alone.
    const fused = next === 1 && i + 1 < units.length
      ? SUPER.get(op * 256 + (units[i + 1] & 0xff))
      : undefined;
    if (fused !== undefined) units[i] = (units[i] & ~0xff) | fused;
    i += next;
  }
  code.quickened = true;
}

function rewrite(code: CodeObject, instr: number, op: number, s: Specializer): void {
  const units = code.co_code;
  units[instr] = (units[instr] & ~0xff) | op;
  units[instr + 1] = s.cooldown;
  if (s.stats !== null) {
    const f = s.stats.family(FAMILY[op]);
    f.attempts++;
    f.successes++;
  }
}

/** No form fits: the instruction is (again) generic, and waits longer before the next try. */
function fail(code: CodeObject, instr: number, reason: string, s: Specializer): void {
  const units = code.co_code;
  const op = units[instr] & 0xff;
  const family = FAMILY[op];
  units[instr] = (units[instr] & ~0xff) | family;
  units[instr + 1] = backedOff(units[instr + 1]);
  if (s.stats !== null) {
    const f = s.stats.family(family);
    f.attempts++;
    f.failures.set(reason, (f.failures.get(reason) ?? 0) + 1);
    if (op !== family) f.deopts++;
  }
}

/**
 * A guard of a specialized form failed: count the miss and return the
 * generic form, which the interpreter runs in its place for this execution.
 */
export function miss(op: number, s: Specializer): number {
  const family = FAMILY[op];
  if (s.stats !== null) s.stats.family(family).misses++;
  return family;
}

// -- Families -------------------------------------------------------------------------------

const NB_ADD = 0;
const NB_AND = 1;
const NB_FLOOR_DIVIDE = 2;
const NB_REMAINDER = 6;
const NB_OR = 7;
const NB_RSHIFT = 9;
const NB_TRUE_DIVIDE = 11;
const NB_XOR = 12;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;
const NB_INPLACE_SUBTRACT = 23;
const NB_SUBSCR = 26;

const isSmallInt = (x: PyObject) => typeof x === "number";
const isExactFloat = (x: PyObject) => x instanceof PyFloat && x.cls === T.float;

/** BINARY_OP: `a op b` with the operator in the oparg. */
export function specializeBinaryOp(
  code: CodeObject,
  instr: number,
  a: PyObject,
  b: PyObject,
  nb: number,
  s: Specializer,
): void {
  let op = 0;
  let reason = "";
  switch (nb) {
    case NB_ADD:
    case NB_INPLACE_ADD:
      if (isSmallInt(a) && isSmallInt(b)) op = Op.BINARY_OP_ADD_INT;
      else if (isExactFloat(a) && isExactFloat(b)) op = Op.BINARY_OP_ADD_FLOAT;
      else if (typeof a === "string" && typeof b === "string") op = Op.BINARY_OP_ADD_UNICODE;
      else reason = operandKinds(a, b);
      break;
    case NB_SUBTRACT:
    case NB_INPLACE_SUBTRACT:
      if (isSmallInt(a) && isSmallInt(b)) op = Op.BINARY_OP_SUBTRACT_INT;
      else if (isExactFloat(a) && isExactFloat(b)) op = Op.BINARY_OP_SUBTRACT_FLOAT;
      else reason = operandKinds(a, b);
      break;
    case NB_MULTIPLY:
    case NB_INPLACE_MULTIPLY:
      if (isSmallInt(a) && isSmallInt(b)) op = Op.BINARY_OP_MULTIPLY_INT;
      else if (isExactFloat(a) && isExactFloat(b)) op = Op.BINARY_OP_MULTIPLY_FLOAT;
      else reason = operandKinds(a, b);
      break;
    case NB_SUBSCR:
      if (a instanceof PyList && a.cls === T.list) {
        op = isSmallInt(b) ? Op.BINARY_OP_SUBSCR_LIST_INT : 0;
        reason = "list subscript not an int";
      } else if (a instanceof PyTuple && a.cls === T.tuple) {
        op = isSmallInt(b) ? Op.BINARY_OP_SUBSCR_TUPLE_INT : 0;
        reason = "tuple subscript not an int";
      } else if (typeof a === "string") {
        op = isSmallInt(b) ? Op.BINARY_OP_SUBSCR_STR_INT : 0;
        reason = "str subscript not an int";
      } else if (a instanceof PyDict && a.cls === T.dict) op = Op.BINARY_OP_SUBSCR_DICT;
      else reason = `subscript of ${kind(a)}`;
      break;
    default:
      reason = "operator not specialized";
  }
  if (op === 0) {
    const ext = findExtension(nb, a, b);
    if (ext !== undefined) {
      code.cacheRefs[instr] = ext;
      op = Op.BINARY_OP_EXTEND;
    }
  }
  if (op !== 0) rewrite(code, instr, op, s);
  else fail(code, instr, reason, s);
}

/**
 * A BINARY_OP_EXTEND descriptor (CPython 3.14 `_PyBinaryOpSpecializationDescr`): operand
 * kinds no dedicated form covers. `guard` is what the instruction checks on every execution;
 * the interpreter does the operation of `kind` inline (see `EXT_*`).
 */
export interface BinaryOpExtension {
  readonly kind: number;
  readonly name: string;
  guard(a: PyObject, b: PyObject): boolean;
}

/** Kinds of BINARY_OP_EXTEND, in the interpreter's `switch`. */
export const EXT_FLOAT_ADD_INT = 0;
export const EXT_INT_ADD_FLOAT = 1;
export const EXT_FLOAT_SUB_INT = 2;
export const EXT_INT_SUB_FLOAT = 3;
export const EXT_FLOAT_MUL_INT = 4;
export const EXT_INT_MUL_FLOAT = 5;
export const EXT_FLOAT_DIV_FLOAT = 6;
export const EXT_FLOAT_DIV_INT = 7;
export const EXT_INT_DIV_FLOAT = 8;
export const EXT_INT_DIV_INT = 9;
export const EXT_INT_FLOORDIV_INT = 10;
export const EXT_INT_MOD_INT = 11;
export const EXT_INT_AND_INT = 12;
export const EXT_INT_OR_INT = 13;
export const EXT_INT_XOR_INT = 14;
export const EXT_INT_RSHIFT_INT = 15;

const isInt32 = (x: PyObject): x is number => typeof x === "number" && (x | 0) === x;
const floatInt = (a: PyObject, b: PyObject) => isExactFloat(a) && isSmallInt(b);
const intFloat = (a: PyObject, b: PyObject) => isSmallInt(a) && isExactFloat(b);
const nonzero = (x: PyObject) => x !== 0 && (x as PyFloat).value !== 0;
/** 32-bit operands: `//` and `%` in doubles are exact, and bit operations agree with Python's. */
const int32Pair = (a: PyObject, b: PyObject) => isInt32(a) && isInt32(b);

/**
 * The extensions by operator: float/int mixes of + - * (a small int converts to float exactly,
 * so these round as CPython's float_add & co. do), true division (of two safe ints too: both
 * exact as doubles, so the quotient is correctly rounded, as long_true_divide's), and the
 * division, remainder and bit operations of 32-bit ints.
 */
const EXTENSIONS: readonly (readonly [nb: number, ext: BinaryOpExtension])[] = [
  [NB_ADD, { kind: EXT_FLOAT_ADD_INT, name: "float + int", guard: floatInt }],
  [NB_ADD, { kind: EXT_INT_ADD_FLOAT, name: "int + float", guard: intFloat }],
  [NB_SUBTRACT, { kind: EXT_FLOAT_SUB_INT, name: "float - int", guard: floatInt }],
  [NB_SUBTRACT, { kind: EXT_INT_SUB_FLOAT, name: "int - float", guard: intFloat }],
  [NB_MULTIPLY, { kind: EXT_FLOAT_MUL_INT, name: "float * int", guard: floatInt }],
  [NB_MULTIPLY, { kind: EXT_INT_MUL_FLOAT, name: "int * float", guard: intFloat }],
  [NB_TRUE_DIVIDE, {
    kind: EXT_FLOAT_DIV_FLOAT,
    name: "float / float",
    guard: (a, b) => isExactFloat(a) && isExactFloat(b) && nonzero(b),
  }],
  [NB_TRUE_DIVIDE, {
    kind: EXT_FLOAT_DIV_INT,
    name: "float / int",
    guard: (a, b) => floatInt(a, b) && nonzero(b),
  }],
  [NB_TRUE_DIVIDE, {
    kind: EXT_INT_DIV_FLOAT,
    name: "int / float",
    guard: (a, b) => intFloat(a, b) && nonzero(b),
  }],
  [NB_TRUE_DIVIDE, {
    kind: EXT_INT_DIV_INT,
    name: "int / int",
    guard: (a, b) => isSmallInt(a) && isSmallInt(b) && nonzero(b),
  }],
  [NB_FLOOR_DIVIDE, {
    kind: EXT_INT_FLOORDIV_INT,
    name: "int // int",
    guard: (a, b) => int32Pair(a, b) && b !== 0,
  }],
  [NB_REMAINDER, {
    kind: EXT_INT_MOD_INT,
    name: "int % int",
    guard: (a, b) => int32Pair(a, b) && b !== 0,
  }],
  [NB_AND, { kind: EXT_INT_AND_INT, name: "int & int", guard: int32Pair }],
  [NB_OR, { kind: EXT_INT_OR_INT, name: "int | int", guard: int32Pair }],
  [NB_XOR, { kind: EXT_INT_XOR_INT, name: "int ^ int", guard: int32Pair }],
  [NB_RSHIFT, {
    kind: EXT_INT_RSHIFT_INT,
    name: "int >> int",
    guard: (a, b) => int32Pair(a, b) && (b as number) >= 0 && (b as number) < 32,
  }],
];

function findExtension(nb: number, a: PyObject, b: PyObject): BinaryOpExtension | undefined {
  const base = nb >= NB_INPLACE_ADD && nb < NB_SUBSCR ? nb - NB_INPLACE_ADD : nb;
  for (const [n, ext] of EXTENSIONS) if (n === base && ext.guard(a, b)) return ext;
  return undefined;
}

/** A short name for a failure reason: "int", "float", "str", "other". */
function kind(x: PyObject): string {
  if (typeof x === "number") return "int";
  if (typeof x === "bigint") return "big int";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  if (x instanceof PyFloat) return x.cls === T.float ? "float" : "float subclass";
  if (x instanceof PyInstance) return "instance";
  return "other";
}

function operandKinds(a: PyObject, b: PyObject): string {
  const ka = kind(a);
  const kb = kind(b);
  return ka === kb ? `both ${ka}` : `${ka} and ${kb}`;
}

/** COMPARE_OP: `cmp` is the oparg's comparison (0..5, Py_LT..Py_GE). */
export function specializeCompareOp(
  code: CodeObject,
  instr: number,
  a: PyObject,
  b: PyObject,
  cmp: number,
  s: Specializer,
): void {
  if (isSmallInt(a) && isSmallInt(b)) rewrite(code, instr, Op.COMPARE_OP_INT, s);
  else if (isExactFloat(a) && isExactFloat(b)) rewrite(code, instr, Op.COMPARE_OP_FLOAT, s);
  else if (typeof a === "string" && typeof b === "string") {
    // Ordering compares code points, which UTF-16 order does not follow: only == and !=.
    if (cmp === 2 || cmp === 3) rewrite(code, instr, Op.COMPARE_OP_STR, s);
    else fail(code, instr, "str ordering", s);
  } else fail(code, instr, operandKinds(a, b), s);
}

/** CONTAINS_OP: `x in container`. */
export function specializeContainsOp(
  code: CodeObject,
  instr: number,
  container: PyObject,
  s: Specializer,
): void {
  if (container instanceof PySet && (container.cls === T.set || container.cls === T.frozenset)) {
    rewrite(code, instr, Op.CONTAINS_OP_SET, s);
  } else if (container instanceof PyDict && container.cls === T.dict) {
    rewrite(code, instr, Op.CONTAINS_OP_DICT, s);
  } else fail(code, instr, `container is ${typeOf(container).name}`, s);
}

/** TO_BOOL. */
export function specializeToBool(
  code: CodeObject,
  instr: number,
  v: PyObject,
  s: Specializer,
): void {
  if (typeof v === "boolean") rewrite(code, instr, Op.TO_BOOL_BOOL, s);
  else if (typeof v === "number") rewrite(code, instr, Op.TO_BOOL_INT, s);
  else if (typeof v === "string") rewrite(code, instr, Op.TO_BOOL_STR, s);
  else if (v instanceof PyList && v.cls === T.list) rewrite(code, instr, Op.TO_BOOL_LIST, s);
  else if (v === None) rewrite(code, instr, Op.TO_BOOL_NONE, s);
  else fail(code, instr, typeOf(v).name, s);
}

/** UNPACK_SEQUENCE of `n` items. */
export function specializeUnpackSequence(
  code: CodeObject,
  instr: number,
  v: PyObject,
  n: number,
  s: Specializer,
): void {
  if (v instanceof PyTuple && v.cls === T.tuple) {
    if (v.items.length !== n) fail(code, instr, "wrong length", s);
    else rewrite(code, instr, n === 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE, s);
  } else if (v instanceof PyList && v.cls === T.list) {
    if (v.items.length !== n) fail(code, instr, "wrong length", s);
    else rewrite(code, instr, Op.UNPACK_SEQUENCE_LIST, s);
  } else fail(code, instr, typeOf(v).name, s);
}

/** STORE_SUBSCR: `container[sub] = v`. */
export function specializeStoreSubscr(
  code: CodeObject,
  instr: number,
  container: PyObject,
  sub: PyObject,
  s: Specializer,
): void {
  if (container instanceof PyList && container.cls === T.list) {
    if (isSmallInt(sub)) rewrite(code, instr, Op.STORE_SUBSCR_LIST_INT, s);
    else fail(code, instr, "list subscript not an int", s);
  } else if (container instanceof PyDict && container.cls === T.dict) {
    rewrite(code, instr, Op.STORE_SUBSCR_DICT, s);
  } else fail(code, instr, `container is ${typeOf(container).name}`, s);
}

/** FOR_ITER over `it`. */
export function specializeForIter(
  code: CodeObject,
  instr: number,
  it: PyObject,
  s: Specializer,
): void {
  if (it instanceof ListIterator) rewrite(code, instr, Op.FOR_ITER_LIST, s);
  else if (it instanceof TupleIterator) rewrite(code, instr, Op.FOR_ITER_TUPLE, s);
  else if (it instanceof RangeIterator) rewrite(code, instr, Op.FOR_ITER_RANGE, s);
  else if (it instanceof PyGenerator) rewrite(code, instr, Op.FOR_ITER_GEN, s);
  else fail(code, instr, typeOf(it).name, s);
}

/** LOAD_GLOBAL of `name`. */
export function specializeLoadGlobal(
  code: CodeObject,
  instr: number,
  globals: PyDict,
  builtins: PyDict,
  name: string,
  s: Specializer,
): void {
  if (globals.cls !== T.dict || builtins.cls !== T.dict) {
    fail(code, instr, "globals or builtins not a dict", s);
    return;
  }
  const g = globals.table.find(name);
  const units = code.co_code;
  if (g !== null) {
    units[instr + 2] = globals.table.keysVersion();
    code.cacheRefs[instr] = g;
    rewrite(code, instr, Op.LOAD_GLOBAL_MODULE, s);
    return;
  }
  const b = builtins.table.find(name);
  if (b === null) {
    fail(code, instr, "name not defined", s);
    return;
  }
  units[instr + 2] = globals.table.keysVersion();
  units[instr + 3] = builtins.table.keysVersion();
  code.cacheRefs[instr] = b;
  rewrite(code, instr, Op.LOAD_GLOBAL_BUILTIN, s);
}

/** LOAD_ATTR of `name` on `owner`; `method` for the oparg's method bit. */
export function specializeLoadAttr(
  code: CodeObject,
  instr: number,
  owner: PyObject,
  name: string,
  method: boolean,
  s: Specializer,
): void {
  const units = code.co_code;
  if (owner instanceof PyModule) {
    const d = owner.dict as PyDict;
    const e = owner.cls === T.module && d.cls === T.dict ? d.table.find(name) : null;
    if (e === null) {
      fail(code, instr, owner.cls === T.module ? "module attribute missing" : "module subclass", s);
      return;
    }
    units[instr + 3] = d.table.keysVersion();
    code.cacheRefs[instr] = e;
    rewrite(code, instr, Op.LOAD_ATTR_MODULE, s);
    return;
  }
  if (owner instanceof PyType) {
    specializeClassAttr(code, instr, owner, name, s);
    return;
  }
  const tp = typeOf(owner);
  const flags = attrFlags(tp);
  if (!(flags & GENERIC_GET)) {
    fail(code, instr, "__getattribute__ overridden", s);
    return;
  }
  if (flags & HAS_GETATTR) {
    fail(code, instr, "__getattr__ defined", s);
    return;
  }
  if (tp.version === 0) {
    fail(code, instr, "type has no version", s);
    return;
  }
  const d = typeLookup(tp, name);
  if (!(owner instanceof PyInstance)) {
    if (method && tp.isBuiltin && d instanceof PyMethodDescriptor) {
      code.cacheRefs[instr] = tp;
      code.cacheRefs[instr + 1] = d;
      rewrite(code, instr, Op.LOAD_ATTR_METHOD_NO_DICT, s);
    } else fail(code, instr, tp.isBuiltin ? "built-in type attribute" : "built-in subclass", s);
    return;
  }
  if (d instanceof PyProperty) {
    const fget = d.fget;
    if (
      method || !(fget instanceof PyFunction) || fget.code.co_argcount !== 1 ||
      !codeInfo(fget.code).simpleArgs || codeInfo(fget.code).isGenerator
    ) {
      fail(code, instr, "property", s);
      return;
    }
    units[instr + 2] = tp.version;
    code.cacheRefs[instr] = fget.code;
    code.cacheRefs[instr + 1] = fget;
    rewrite(code, instr, Op.LOAD_ATTR_PROPERTY, s);
    return;
  }
  if (d instanceof PyMemberDescriptor) {
    if (owner.slots === null) {
      fail(code, instr, "slot", s);
      return;
    }
    units[instr + 2] = tp.version;
    units[instr + 4] = d.index;
    rewrite(code, instr, Op.LOAD_ATTR_SLOT, s);
    return;
  }
  if (d !== undefined && isDataDescriptor(d)) {
    fail(code, instr, "data descriptor", s);
    return;
  }
  const shape = owner.shape;
  if (shape === null) {
    fail(code, instr, "instance in dict mode", s);
    return;
  }
  const index = shape.indexOf(name);
  if (index >= 0) {
    units[instr + 2] = tp.version;
    units[instr + 4] = index;
    code.cacheRefs[instr] = shape;
    rewrite(code, instr, Op.LOAD_ATTR_INSTANCE_VALUE, s);
    return;
  }
  if (method && d instanceof PyFunction) {
    units[instr + 2] = tp.version;
    code.cacheRefs[instr] = shape;
    code.cacheRefs[instr + 1] = d;
    rewrite(code, instr, Op.LOAD_ATTR_METHOD_WITH_VALUES, s);
    return;
  }
  fail(
    code,
    instr,
    d === undefined ? "no such attribute" : "class attribute through an instance",
    s,
  );
}

function specializeClassAttr(
  code: CodeObject,
  instr: number,
  cls: PyType,
  name: string,
  s: Specializer,
): void {
  if (cls.cls !== T.type) {
    fail(code, instr, "metaclass", s);
    return;
  }
  if (cls.version === 0) {
    fail(code, instr, "type has no version", s);
    return;
  }
  const meta = typeLookup(T.type, name);
  if (meta !== undefined && isDataDescriptor(meta)) {
    fail(code, instr, "type data descriptor", s);
    return;
  }
  const v = typeLookup(cls, name);
  // Functions bind to themselves on a class; anything else with __get__ is left generic.
  if (v === undefined || (!(v instanceof PyFunction) && hasGet(v))) {
    fail(code, instr, v === undefined ? "no such attribute" : "descriptor", s);
    return;
  }
  code.co_code[instr + 2] = cls.version;
  code.cacheRefs[instr] = v;
  rewrite(code, instr, Op.LOAD_ATTR_CLASS, s);
}

function hasGet(v: PyObject): boolean {
  if (!(v instanceof PyHeap)) return false;
  return typeLookup(v.cls, "__get__") !== undefined;
}

/** STORE_ATTR of `name` on `owner`. */
export function specializeStoreAttr(
  code: CodeObject,
  instr: number,
  owner: PyObject,
  name: string,
  s: Specializer,
): void {
  if (!(owner instanceof PyInstance)) {
    fail(code, instr, `owner is ${typeOf(owner).name}`, s);
    return;
  }
  const tp = owner.cls;
  if (!(attrFlags(tp) & GENERIC_SET)) {
    fail(code, instr, "__setattr__ overridden", s);
    return;
  }
  if (tp.version === 0) {
    fail(code, instr, "type has no version", s);
    return;
  }
  const units = code.co_code;
  const d = typeLookup(tp, name);
  if (d instanceof PyMemberDescriptor && owner.slots !== null) {
    units[instr + 2] = tp.version;
    units[instr + 3] = d.index;
    rewrite(code, instr, Op.STORE_ATTR_SLOT, s);
    return;
  }
  if (d !== undefined && isDataDescriptor(d)) {
    fail(code, instr, "data descriptor", s);
    return;
  }
  const shape = owner.shape;
  if (shape === null || !tp.hasInstanceDict) {
    fail(code, instr, shape === null ? "instance in dict mode" : "no instance dict", s);
    return;
  }
  let index = shape.indexOf(name);
  let after = shape;
  if (index < 0) {
    if (shape.names.length >= MAX_SHAPE_NAMES) {
      fail(code, instr, "too many attributes", s);
      return;
    }
    after = shape.with(name);
    index = shape.names.length;
  }
  units[instr + 2] = tp.version;
  units[instr + 3] = index;
  code.cacheRefs[instr] = shape;
  code.cacheRefs[instr + 1] = after;
  rewrite(code, instr, Op.STORE_ATTR_INSTANCE_VALUE, s);
}

/** The built-ins that CALL_LEN, CALL_ISINSTANCE and CALL_LIST_APPEND stand for. */
export const LEN: PyBuiltinFunction = builtinFunction("len")!;
export const ISINSTANCE: PyBuiltinFunction = builtinFunction("isinstance")!;
export const LIST_APPEND: PyObject = T.list.dict.get("append")!;
/** `list.pop`, which tier 2 runs natively on lists with native storage. */
export const LIST_POP: PyObject = T.list.dict.get("pop")!;

/**
 * CALL with `nargs` arguments (the oparg) of `callable`; `self` is the
 * self_or_null slot.
 */
export function specializeCall(
  code: CodeObject,
  instr: number,
  callable: PyObject,
  self: PyObject | undefined,
  nargs: number,
  s: Specializer,
): void {
  if (callable instanceof PyFunction || (callable instanceof PyMethod && self === undefined)) {
    const fn = callable instanceof PyMethod ? callable.func : callable;
    const total = nargs + (self !== undefined || callable instanceof PyMethod ? 1 : 0);
    if (!(fn instanceof PyFunction)) {
      fail(code, instr, "bound method of a built-in", s);
      return;
    }
    const info = codeInfo(fn.code);
    const argcount = fn.code.co_argcount;
    // CPython 3.11 specialize.c: CALL_PY_WITH_DEFAULTS, for a plain function call only (no
    // `self`: tier 1's form refuses one, so specializing a method call would only miss).
    const withDefaults = callable instanceof PyFunction && self === undefined && total < argcount &&
      total >= argcount - (fn.defaults?.length ?? 0);
    if (!info.simpleArgs || (argcount !== total && !withDefaults)) {
      fail(code, instr, info.simpleArgs ? "argument count" : "complex parameters", s);
      return;
    }
    code.cacheRefs[instr] = fn.code;
    rewrite(
      code,
      instr,
      withDefaults
        ? Op.CALL_PY_WITH_DEFAULTS
        : callable instanceof PyMethod
        ? Op.CALL_BOUND_METHOD_EXACT_ARGS
        : Op.CALL_PY_EXACT_ARGS,
      s,
    );
    return;
  }
  if (callable === LEN && self === undefined && nargs === 1) {
    rewrite(code, instr, Op.CALL_LEN, s);
  } else if (callable === ISINSTANCE && self === undefined && nargs === 2) {
    rewrite(code, instr, Op.CALL_ISINSTANCE, s);
  } else if (
    callable === LIST_APPEND && self instanceof PyList && self.cls === T.list && nargs === 1
  ) {
    rewrite(code, instr, Op.CALL_LIST_APPEND, s);
  } else if (callable instanceof PyMethodDescriptor && self !== undefined) {
    if (typeOf(self) !== callable.owner) {
      fail(code, instr, "method of a base or subclass", s);
      return;
    }
    code.cacheRefs[instr] = callable;
    rewrite(code, instr, Op.CALL_METHOD_DESCRIPTOR_FAST, s);
  } else if (callable instanceof PyBuiltinFunction && self === undefined) {
    code.cacheRefs[instr] = callable;
    rewrite(code, instr, Op.CALL_BUILTIN_FAST, s);
  } else if (callable instanceof PyType && self === undefined) {
    specializeClassCall(code, instr, callable, nargs, s);
  } else fail(code, instr, `callable is ${typeOf(callable).name}`, s);
}

/**
 * The built-in classes CALL_BUILTIN_CLASS calls: plain constructors of
 * values, and `enumerate`, which tier 2 makes natively over a list.
 */
const BUILTIN_CLASSES: ReadonlySet<PyType> = new Set([T.range, T.int, T.float, T.enumerate]);

function specializeClassCall(
  code: CodeObject,
  instr: number,
  cls: PyType,
  nargs: number,
  s: Specializer,
): void {
  if (BUILTIN_CLASSES.has(cls)) {
    code.cacheRefs[instr] = cls;
    rewrite(code, instr, Op.CALL_BUILTIN_CLASS, s);
    return;
  }
  if (cls.cls !== T.type || cls.isBuiltin || cls.version === 0) {
    fail(code, instr, cls.isBuiltin ? "built-in class" : "metaclass", s);
    return;
  }
  const init = typeLookup(cls, "__init__");
  if (!(init instanceof PyFunction) || !hasDefaultNew(cls)) {
    fail(code, instr, "__new__ or __init__ not plain", s);
    return;
  }
  const info = codeInfo(init.code);
  if (info.isGenerator || !info.simpleArgs || init.code.co_argcount !== nargs + 1) {
    fail(code, instr, "__init__ arguments", s);
    return;
  }
  code.co_code[instr + 2] = cls.version;
  code.cacheRefs[instr] = init;
  code.cacheRefs[instr + 1] = init.code;
  rewrite(code, instr, Op.CALL_ALLOC_AND_ENTER_INIT, s);
}

// -- Report ---------------------------------------------------------------------------------

/** The `--stats` report of tier 1: per family, then the ten most executed opcodes. */
export function formatSpecStats(stats: SpecStats): string {
  const lines: string[] = [];
  lines.push("Specialization (tier 1):");
  const head = ["family", "attempts", "success", "failure", "hits", "misses", "deopts"];
  const rows: string[][] = [];
  const reasons: string[] = [];
  const families = [...stats.families.keys()].sort((a, b) => opName(a) < opName(b) ? -1 : 1);
  for (const fam of families) {
    const f = stats.family(fam);
    let failed = 0;
    for (const n of f.failures.values()) failed += n;
    rows.push([
      opName(fam),
      String(f.attempts),
      String(f.successes),
      String(failed),
      String(stats.hits(fam)),
      String(f.misses),
      String(f.deopts),
    ]);
    if (f.failures.size > 0) {
      const list = [...f.failures].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      reasons.push(`  ${opName(fam)}: ` + list.map(([r, n]) => `${r} ${n}`).join(", "));
    }
  }
  lines.push(...table(head, rows));
  if (reasons.length > 0) {
    lines.push("Failures by reason:");
    lines.push(...reasons);
  }
  let total = 0;
  for (const n of stats.executed) total += n;
  const top = [...stats.executed.entries()].filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
  lines.push(`Most executed opcodes (of ${total} instructions):`);
  lines.push(
    ...table(
      ["opcode", "count", "share"],
      top.map(([op, n]) => [opName(op), String(n), `${(100 * n / total).toFixed(1)}%`]),
    ),
  );
  return lines.join("\n") + "\n";
}

function table(head: string[], rows: string[][]): string[] {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    "  " + r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  return [line(head), ...rows.map(line)];
}
