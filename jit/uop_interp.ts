/**
 * The uop interpreter of `uops` mode (CPython 3.13 ceval.c, the tier-2
 * loop): runs a trace's uops over the frame's boxed values, with the stack
 * layout of tier 1, so an exit hands tier 1 the frame exactly as it would
 * have been at the exit's instruction.
 *
 * Requirements:
 * 1. Each uop does what the tier-1 instruction part it comes from does, by
 *    the same functions (`vm/abstract.ts`, `jit/boxed_semantics.ts`).
 * 2. An exit sets `frame.pc`/`frame.sp` to the op's instruction and depth
 *    (`jit/trace_ir.ts` requirement 2); a uop that exits changes nothing.
 * 3. A Python exception sets `frame.lasti` to the op's instruction and
 *    `frame.sp` to the current depth, and propagates: ENTER_EXECUTOR then
 *    unwinds as tier 1 would have. Inside an inlined call `frame` is the
 *    callee's real Frame (`jit/frames.ts`), made current as `vm.frame`.
 * 4. The hot loop dispatches on numbers: the uops' table indices, with the
 *    opargs and operands in parallel arrays made once per trace.
 *
 * @module
 */
import {
  binaryOp,
  type CompareOp,
  contains,
  getAttr,
  getItem,
  getIter,
  isTrue,
  None,
  richCompare,
  setAttr,
  setItem,
  unaryInvert,
  unaryNegative,
} from "../vm/abstract.ts";
import {
  type PyCell,
  PyFloat,
  type PyFunction,
  PyInstance,
  type PyList,
  type PyObject,
  type PyTuple,
  type PyType,
  type Shape,
  T,
  typeOf,
} from "../vm/object.ts";
import type { Frame } from "../vm/frame.ts";
import type { Vm } from "../vm/vm.ts";
import type { PyDict } from "../vm/dict.ts";
import { type PySet, setContains } from "../vm/set.ts";
import { PyModule } from "../vm/descriptors.ts";
import { finalizeGenerator, PyGenerator } from "../vm/generator.ts";
import type { ListIterator } from "../vm/list.ts";
import type { TupleIterator } from "../vm/tuple.ts";
import type { RangeIterator } from "../vm/range.ts";
import type { PyEnumerate } from "../vm/iterators.ts";
import { strIndex } from "../vm/str_core.ts";
import { PySlice } from "../vm/slice.ts";
import { type BinaryOpExtension, LIST_APPEND } from "../vm/specialize.ts";
import {
  loadMethodInto,
  loadName,
  nameNotDefined,
  storeName,
  unboundDeref,
  unboundLocal,
  unpackSequence,
} from "../vm/interp_ops.ts";
import { compareNumbers } from "../vm/operators.ts";
import { popInlined, pushInlined } from "./frames.ts";
import { binaryOpExtend } from "./boxed_semantics.ts";
import type { BuiltinOperand, DictEntryOperand, ModuleAttrOperand, ShapeOperand } from "./trace.ts";
import { calleeHolds, type InlinedFrame, type Trace, type TraceExecutor } from "./trace_ir.ts";
import type { Tier2Stats } from "./stats.ts";
import { type DecodedTrace, decodeTrace, entryHolds, uopId as id } from "./uop_decode.ts";
import { ExitLabels, type SideExits, takeExit } from "./uop_exits.ts";
import { callNativeFast } from "./uop_calls.ts";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const FLOAT = T.float;
const LIST = T.list;
const TUPLE = T.tuple;
const DICT = T.dict;
const SET = T.set;
const FROZENSET = T.frozenset;
const TYPE = T.type;
const RANGE_ITERATOR = T.range_iterator;
const LIST_ITERATOR = T.list_iterator;
const TUPLE_ITERATOR = T.tuple_iterator;
const ENUMERATE = T.enumerate;

// The uops this interpreter runs, by table index (naming one here counts it in INTERPRETED_UOPS).
const LOAD_FAST = id("_LOAD_FAST");
const LOAD_FAST_CHECK = id("_LOAD_FAST_CHECK");
const STORE_FAST = id("_STORE_FAST");
const LOAD_CONST_INLINE = id("_LOAD_CONST_INLINE");
const LOAD_DEREF = id("_LOAD_DEREF");
const STORE_DEREF = id("_STORE_DEREF");
const POP_TOP = id("_POP_TOP");
const PUSH_NULL = id("_PUSH_NULL");
const COPY = id("_COPY");
const SWAP = id("_SWAP");
const UNARY_NEGATIVE = id("_UNARY_NEGATIVE");
const UNARY_INVERT = id("_UNARY_INVERT");
const UNARY_NOT = id("_UNARY_NOT");
const IS_OP = id("_IS_OP");
const GET_ITER = id("_GET_ITER");
const BINARY_SLICE = id("_BINARY_SLICE");
const BINARY_OP = id("_BINARY_OP");
const BINARY_OP_EXTEND = id("_BINARY_OP_EXTEND");
const GUARD_BOTH_INT = id("_GUARD_BOTH_INT");
const GUARD_BOTH_FLOAT = id("_GUARD_BOTH_FLOAT");
const GUARD_BOTH_UNICODE = id("_GUARD_BOTH_UNICODE");
const GUARD_TOS_INT = id("_GUARD_TOS_INT");
const GUARD_TOS_LIST = id("_GUARD_TOS_LIST");
const GUARD_TOS_TUPLE = id("_GUARD_TOS_TUPLE");
const GUARD_TOS_UNICODE = id("_GUARD_TOS_UNICODE");
const GUARD_TOS_DICT = id("_GUARD_TOS_DICT");
const GUARD_TOS_ANY_SET = id("_GUARD_TOS_ANY_SET");
const GUARD_NOS_LIST = id("_GUARD_NOS_LIST");
const GUARD_NOS_TUPLE = id("_GUARD_NOS_TUPLE");
const GUARD_NOS_UNICODE = id("_GUARD_NOS_UNICODE");
const GUARD_NOS_DICT = id("_GUARD_NOS_DICT");
const ADD_INT = id("_BINARY_OP_ADD_INT");
const SUBTRACT_INT = id("_BINARY_OP_SUBTRACT_INT");
const MULTIPLY_INT = id("_BINARY_OP_MULTIPLY_INT");
const ADD_FLOAT = id("_BINARY_OP_ADD_FLOAT");
const SUBTRACT_FLOAT = id("_BINARY_OP_SUBTRACT_FLOAT");
const MULTIPLY_FLOAT = id("_BINARY_OP_MULTIPLY_FLOAT");
const ADD_UNICODE = id("_BINARY_OP_ADD_UNICODE");
const SUBSCR_LIST_INT = id("_BINARY_OP_SUBSCR_LIST_INT");
const SUBSCR_TUPLE_INT = id("_BINARY_OP_SUBSCR_TUPLE_INT");
const SUBSCR_STR_INT = id("_BINARY_OP_SUBSCR_STR_INT");
const SUBSCR_DICT = id("_BINARY_OP_SUBSCR_DICT");
const STORE_SUBSCR = id("_STORE_SUBSCR");
const STORE_SUBSCR_LIST_INT = id("_STORE_SUBSCR_LIST_INT");
const STORE_SUBSCR_DICT = id("_STORE_SUBSCR_DICT");
const COMPARE_OP = id("_COMPARE_OP");
const COMPARE_OP_INT = id("_COMPARE_OP_INT");
const COMPARE_OP_FLOAT = id("_COMPARE_OP_FLOAT");
const COMPARE_OP_STR = id("_COMPARE_OP_STR");
const CONTAINS_OP = id("_CONTAINS_OP");
const CONTAINS_OP_SET = id("_CONTAINS_OP_SET");
const CONTAINS_OP_DICT = id("_CONTAINS_OP_DICT");
const TO_BOOL = id("_TO_BOOL");
const TO_BOOL_BOOL = id("_TO_BOOL_BOOL");
const TO_BOOL_INT = id("_TO_BOOL_INT");
const TO_BOOL_LIST = id("_TO_BOOL_LIST");
const TO_BOOL_NONE = id("_TO_BOOL_NONE");
const TO_BOOL_STR = id("_TO_BOOL_STR");
const GUARD_IS_TRUE_POP = id("_GUARD_IS_TRUE_POP");
const GUARD_IS_FALSE_POP = id("_GUARD_IS_FALSE_POP");
const GUARD_IS_NONE_POP = id("_GUARD_IS_NONE_POP");
const GUARD_IS_NOT_NONE_POP = id("_GUARD_IS_NOT_NONE_POP");
const ITER_CHECK_RANGE = id("_ITER_CHECK_RANGE");
const ITER_CHECK_LIST = id("_ITER_CHECK_LIST");
const ITER_CHECK_TUPLE = id("_ITER_CHECK_TUPLE");
const FOR_ITER_RANGE = id("_FOR_ITER_RANGE");
const FOR_ITER_LIST = id("_FOR_ITER_LIST");
const ITER_DONE_RANGE = id("_ITER_DONE_RANGE");
const ITER_DONE_LIST = id("_ITER_DONE_LIST");
const ITER_DONE_TUPLE = id("_ITER_DONE_TUPLE");
const FOR_ITER_TUPLE = id("_FOR_ITER_TUPLE");
const ITER_CHECK_ENUMERATE = id("_ITER_CHECK_ENUMERATE");
const ITER_DONE_ENUMERATE = id("_ITER_DONE_ENUMERATE");
const FOR_ITER_ENUMERATE = id("_FOR_ITER_ENUMERATE");
const LOAD_GLOBAL = id("_LOAD_GLOBAL");
const LOAD_NAME = id("_LOAD_NAME");
const STORE_NAME = id("_STORE_NAME");
const STORE_GLOBAL = id("_STORE_GLOBAL");
const LOAD_GLOBAL_MODULE = id("_LOAD_GLOBAL_MODULE");
const LOAD_GLOBAL_BUILTIN = id("_LOAD_GLOBAL_BUILTIN");
const LOAD_ATTR = id("_LOAD_ATTR");
const LOAD_ATTR_MODULE = id("_LOAD_ATTR_MODULE");
const GUARD_TYPE_VERSION = id("_GUARD_TYPE_VERSION");
const LOAD_ATTR_INSTANCE_VALUE = id("_LOAD_ATTR_INSTANCE_VALUE");
const LOAD_ATTR_SLOT = id("_LOAD_ATTR_SLOT");
const LOAD_ATTR_CLASS = id("_LOAD_ATTR_CLASS");
const LOAD_ATTR_METHOD_WITH_VALUES = id("_LOAD_ATTR_METHOD_WITH_VALUES");
const LOAD_ATTR_METHOD_NO_DICT = id("_LOAD_ATTR_METHOD_NO_DICT");
const STORE_ATTR = id("_STORE_ATTR");
const STORE_ATTR_INSTANCE_VALUE = id("_STORE_ATTR_INSTANCE_VALUE");
const STORE_ATTR_SLOT = id("_STORE_ATTR_SLOT");
const CALL_BUILTIN_FAST = id("_CALL_BUILTIN_FAST");
const CALL_METHOD_DESCRIPTOR_FAST = id("_CALL_METHOD_DESCRIPTOR_FAST");
const CALL_LEN = id("_CALL_LEN");
const CALL_ISINSTANCE = id("_CALL_ISINSTANCE");
const CALL_BUILTIN_CLASS = id("_CALL_BUILTIN_CLASS");
const CALL_LIST_APPEND = id("_CALL_LIST_APPEND");
const UNPACK_SEQUENCE = id("_UNPACK_SEQUENCE");
const UNPACK_SEQUENCE_TWO_TUPLE = id("_UNPACK_SEQUENCE_TWO_TUPLE");
const UNPACK_SEQUENCE_TUPLE = id("_UNPACK_SEQUENCE_TUPLE");
const UNPACK_SEQUENCE_LIST = id("_UNPACK_SEQUENCE_LIST");
const JUMP_TO_TOP = id("_JUMP_TO_TOP");
const EXIT_TRACE = id("_EXIT_TRACE");
const CHECK_FUNCTION_VERSION = id("_CHECK_FUNCTION_VERSION");
const PUSH_FRAME = id("_PUSH_FRAME");
const POP_FRAME = id("_POP_FRAME");

export { INTERPRETED_UOPS } from "./uop_decode.ts";

/** An int as tier 1 holds it: a JS number (safe integer) or a bigint. */
const isInt = (v: unknown) => typeof v === "number" || typeof v === "bigint";

/** A trace run by the uop interpreter. */
export class UopExecutor implements TraceExecutor {
  valid = true;
  readonly trace: Trace;
  readonly jumpArg: number;
  readonly #stats: Tier2Stats | null;
  /** The trace's ops as arrays (`jit/uop_decode.ts`). */
  readonly #code: DecodedTrace;
  readonly #labels: ExitLabels;
  /** The side traces of its exits (`jit/side_traces.ts`, `jit/uop_exits.ts`). */
  side: SideExits | null = null;

  constructor(trace: Trace, jumpArg: number, stats: Tier2Stats | null) {
    this.trace = trace;
    this.jumpArg = jumpArg;
    this.#stats = stats;
    this.#code = decodeTrace(trace);
    this.#labels = new ExitLabels(trace);
  }

  free(): void {}

  run(vm: Vm, frame: Frame): Frame {
    const stats = this.#stats;
    if (stats !== null) stats.entries++;
    const code = this.#code;
    if (!entryHolds(this.trace, code, frame)) {
      this.valid = false;
      if (stats !== null) stats.entryMisses++;
      return frame;
    }
    const ids = code.ids;
    const opargs = code.opargs;
    const operands = code.operands;
    const pcs = code.pcs;
    // An inlined call switches to the callee's frame and back (jit/frames.ts).
    let fast = frame.fast;
    let sp = frame.sp;
    let i = 0;
    let inSide = false;
    if (stats !== null) stats.iterations++;
    try {
      for (;;) {
        const uop = ids[i];
        const arg = opargs[i];
        exit: {
          switch (uop) {
            case LOAD_FAST: /** CPython 3.14 bytecodes.c: _LOAD_FAST */
              fast[sp++] = fast[arg];
              break;
            case LOAD_FAST_CHECK: {
              /** CPython 3.14 bytecodes.c: _LOAD_FAST_CHECK */
              const v = fast[arg];
              if (v === undefined) throw unboundLocal(frame, arg);
              fast[sp++] = v;
              break;
            }
            case STORE_FAST: /** CPython 3.14 bytecodes.c: _STORE_FAST */
              fast[arg] = fast[--sp];
              break;
            case LOAD_CONST_INLINE: /** CPython 3.14 bytecodes.c: _LOAD_CONST_INLINE */
              fast[sp++] = operands[i] as PyObject;
              break;
            case LOAD_DEREF: {
              /** CPython 3.14 bytecodes.c: _LOAD_DEREF */
              const v = (fast[arg] as PyCell).value;
              if (v === undefined) throw unboundDeref(frame, arg);
              fast[sp++] = v;
              break;
            }
            case STORE_DEREF: /** CPython 3.14 bytecodes.c: _STORE_DEREF */
              (fast[arg] as PyCell).value = fast[--sp];
              break;
            case POP_TOP: {
              /** CPython 3.14 bytecodes.c: _POP_TOP */
              const v = fast[--sp];
              // As tier 1: dropping a `for` loop's generator closes it.
              if (v instanceof PyGenerator && v.loopOwned) {
                frame.lasti = pcs[i];
                finalizeGenerator(v);
              }
              break;
            }
            case PUSH_NULL: /** CPython 3.14 bytecodes.c: _PUSH_NULL */
              fast[sp++] = undefined;
              break;
            case COPY: /** CPython 3.14 bytecodes.c: _COPY */
              fast[sp] = fast[sp - arg];
              sp++;
              break;
            case SWAP: {
              /** CPython 3.14 bytecodes.c: _SWAP */
              const top = fast[sp - 1];
              fast[sp - 1] = fast[sp - arg];
              fast[sp - arg] = top;
              break;
            }
            case UNARY_NEGATIVE: {
              /** CPython 3.14 bytecodes.c: UNARY_NEGATIVE */
              const v = fast[sp - 1]!;
              fast[sp - 1] = typeof v === "number" && v !== 0 ? -v : unaryNegative(v);
              break;
            }
            case UNARY_INVERT: /** CPython 3.14 bytecodes.c: UNARY_INVERT */
              fast[sp - 1] = unaryInvert(fast[sp - 1]!);
              break;
            case UNARY_NOT: /** CPython 3.14 bytecodes.c: _UNARY_NOT */
              fast[sp - 1] = fast[sp - 1] === false;
              break;
            case IS_OP: /** CPython 3.14 bytecodes.c: IS_OP */
              sp--;
              fast[sp - 1] = (fast[sp - 1] === fast[sp]) !== (arg === 1);
              break;
            case GET_ITER: /** CPython 3.14 bytecodes.c: GET_ITER */
              fast[sp - 1] = getIter(fast[sp - 1]!);
              break;
            case BINARY_SLICE: /** CPython 3.14 bytecodes.c: BINARY_SLICE */
              sp -= 2;
              fast[sp - 1] = getItem(fast[sp - 1]!, new PySlice(fast[sp]!, fast[sp + 1]!, None));
              break;
            case BINARY_OP: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP */
              const r = binaryOp(fast[sp - 2]!, fast[sp - 1]!, arg);
              fast[--sp - 1] = r;
              break;
            }
            case BINARY_OP_EXTEND: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP_EXTEND */
              const r = binaryOpExtend(
                operands[i] as BinaryOpExtension,
                fast[sp - 2]!,
                fast[sp - 1]!,
              );
              if (r === undefined) break exit;
              fast[--sp - 1] = r;
              break;
            }
            case GUARD_BOTH_INT: /** CPython 3.14 bytecodes.c: _GUARD_BOTH_INT */
              if (!isInt(fast[sp - 1]) || !isInt(fast[sp - 2])) break exit;
              break;
            case GUARD_BOTH_FLOAT: /** CPython 3.14 bytecodes.c: _GUARD_BOTH_FLOAT */
              if (
                (fast[sp - 1] as PyFloat).cls !== FLOAT || (fast[sp - 2] as PyFloat).cls !== FLOAT
              ) {
                break exit;
              }
              break;
            case GUARD_BOTH_UNICODE: /** CPython 3.14 bytecodes.c: _GUARD_BOTH_UNICODE */
              if (typeof fast[sp - 1] !== "string" || typeof fast[sp - 2] !== "string") break exit;
              break;
            case GUARD_TOS_INT: /** CPython 3.14 bytecodes.c: _GUARD_TOS_INT */
              if (!isInt(fast[sp - 1])) break exit;
              break;
            case GUARD_TOS_LIST: /** CPython 3.14 bytecodes.c: _GUARD_TOS_LIST */
              if ((fast[sp - 1] as PyList).cls !== LIST) break exit;
              break;
            case GUARD_TOS_TUPLE: /** CPython 3.14 bytecodes.c: _GUARD_TOS_TUPLE */
              if ((fast[sp - 1] as PyTuple).cls !== TUPLE) break exit;
              break;
            case GUARD_TOS_UNICODE: /** CPython 3.14 bytecodes.c: _GUARD_TOS_UNICODE */
              if (typeof fast[sp - 1] !== "string") break exit;
              break;
            case GUARD_TOS_DICT: /** CPython 3.14 bytecodes.c: _GUARD_TOS_DICT */
              if ((fast[sp - 1] as PyDict).cls !== DICT) break exit;
              break;
            case GUARD_TOS_ANY_SET: {
              /** CPython 3.14 bytecodes.c: _GUARD_TOS_ANY_SET */
              const cls = (fast[sp - 1] as PySet).cls;
              if (cls !== SET && cls !== FROZENSET) break exit;
              break;
            }
            case GUARD_NOS_LIST: /** CPython 3.14 bytecodes.c: _GUARD_NOS_LIST */
              if ((fast[sp - 2] as PyList).cls !== LIST) break exit;
              break;
            case GUARD_NOS_TUPLE: /** CPython 3.14 bytecodes.c: _GUARD_NOS_TUPLE */
              if ((fast[sp - 2] as PyTuple).cls !== TUPLE) break exit;
              break;
            case GUARD_NOS_UNICODE: /** CPython 3.14 bytecodes.c: _GUARD_NOS_UNICODE */
              if (typeof fast[sp - 2] !== "string") break exit;
              break;
            case GUARD_NOS_DICT: /** CPython 3.14 bytecodes.c: _GUARD_NOS_DICT */
              if ((fast[sp - 2] as PyDict).cls !== DICT) break exit;
              break;
            case ADD_INT: /** CPython 3.14 bytecodes.c: _BINARY_OP_ADD_INT */
            case SUBTRACT_INT: /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBTRACT_INT */
            case MULTIPLY_INT: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP_MULTIPLY_INT */
              const a = fast[sp - 2]!;
              const b = fast[sp - 1]!;
              let r: PyObject;
              if (typeof a === "number" && typeof b === "number") {
                const x = uop === ADD_INT ? a + b : uop === SUBTRACT_INT ? a - b : a * b;
                // Past 2**53 the result is a big int, made exactly by the generic operator.
                r = x <= MAX_SAFE && x >= -MAX_SAFE ? (x === 0 ? 0 : x) : binaryOp(a, b, arg);
              } else r = binaryOp(a, b, arg);
              fast[--sp - 1] = r;
              break;
            }
            case ADD_FLOAT: /** CPython 3.14 bytecodes.c: _BINARY_OP_ADD_FLOAT */
            case SUBTRACT_FLOAT: /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBTRACT_FLOAT */
            case MULTIPLY_FLOAT: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP_MULTIPLY_FLOAT */
              const a = fast[sp - 2] as PyFloat;
              const b = fast[sp - 1] as PyFloat;
              // A guard the optimizer dropped on a global's value: stay right if it was rebound.
              if (a.cls !== FLOAT || b.cls !== FLOAT) {
                fast[--sp - 1] = binaryOp(a, b, arg);
                break;
              }
              const x = a.value;
              const y = b.value;
              const r = uop === ADD_FLOAT ? x + y : uop === SUBTRACT_FLOAT ? x - y : x * y;
              fast[--sp - 1] = new PyFloat(r, FLOAT);
              break;
            }
            case ADD_UNICODE: /** CPython 3.14 bytecodes.c: _BINARY_OP_ADD_UNICODE */
              fast[sp - 2] = (fast[sp - 2] as string) + (fast[sp - 1] as string);
              sp--;
              break;
            case SUBSCR_LIST_INT: /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBSCR_LIST_INT */
            case SUBSCR_TUPLE_INT: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBSCR_TUPLE_INT */
              const items = (fast[sp - 2] as PyList | PyTuple).items;
              const b = fast[sp - 1];
              // Out of range or big: tier 1's generic form raises the IndexError.
              if (typeof b !== "number" || items === undefined) break exit;
              const k = b < 0 ? b + items.length : b;
              if (k < 0 || k >= items.length) break exit;
              fast[--sp - 1] = items[k];
              break;
            }
            case SUBSCR_STR_INT: {
              /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBSCR_STR_INT */
              const b = fast[sp - 1];
              if (typeof b !== "number") break exit;
              fast[sp - 2] = strIndex(fast[sp - 2] as string, b);
              sp--;
              break;
            }
            case SUBSCR_DICT: /** CPython 3.14 bytecodes.c: _BINARY_OP_SUBSCR_DICT */
              fast[sp - 2] = (fast[sp - 2] as PyDict).getItem(fast[sp - 1]!);
              sp--;
              break;
            case STORE_SUBSCR: /** CPython 3.14 bytecodes.c: _STORE_SUBSCR */
              setItem(fast[sp - 2]!, fast[sp - 1]!, fast[sp - 3]!);
              sp -= 3;
              break;
            case STORE_SUBSCR_LIST_INT: {
              /** CPython 3.14 bytecodes.c: _STORE_SUBSCR_LIST_INT */
              const items = (fast[sp - 2] as PyList).items;
              const b = fast[sp - 1];
              if (typeof b !== "number") break exit;
              const k = b < 0 ? b + items.length : b;
              if (k < 0 || k >= items.length) break exit;
              items[k] = fast[sp - 3]!;
              sp -= 3;
              break;
            }
            case STORE_SUBSCR_DICT: /** CPython 3.14 bytecodes.c: _STORE_SUBSCR_DICT */
              (fast[sp - 2] as PyDict).set(fast[sp - 1]!, fast[sp - 3]!);
              sp -= 3;
              break;
            case COMPARE_OP: {
              /** CPython 3.14 bytecodes.c: _COMPARE_OP */
              const r = richCompare(fast[sp - 2]!, fast[sp - 1]!, (arg >>> 5) as CompareOp);
              fast[--sp - 1] = (arg & 16) !== 0 && typeof r !== "boolean" ? isTrue(r) : r;
              break;
            }
            case COMPARE_OP_INT: {
              /** CPython 3.14 bytecodes.c: _COMPARE_OP_INT */
              const a = fast[sp - 2]!;
              const b = fast[sp - 1]!;
              const r = typeof a === "number" && typeof b === "number"
                ? compareNumbers(a, b, arg >>> 5)
                : richCompare(a, b, (arg >>> 5) as CompareOp);
              fast[--sp - 1] = r;
              break;
            }
            case COMPARE_OP_FLOAT: {
              /** CPython 3.14 bytecodes.c: _COMPARE_OP_FLOAT */
              const a = fast[sp - 2] as PyFloat;
              const b = fast[sp - 1] as PyFloat;
              fast[--sp - 1] = a.cls === FLOAT && b.cls === FLOAT
                ? compareNumbers(a.value, b.value, arg >>> 5)
                : isTrue(richCompare(a, b, (arg >>> 5) as CompareOp));
              break;
            }
            case COMPARE_OP_STR: /** CPython 3.14 bytecodes.c: _COMPARE_OP_STR */
              fast[sp - 2] = (fast[sp - 2] === fast[sp - 1]) === (arg >>> 5 === 2);
              sp--;
              break;
            case CONTAINS_OP: {
              /** CPython 3.14 bytecodes.c: _CONTAINS_OP */
              const r = contains(fast[sp - 1]!, fast[sp - 2]!);
              fast[--sp - 1] = r !== (arg === 1);
              break;
            }
            case CONTAINS_OP_SET: {
              /** CPython 3.14 bytecodes.c: _CONTAINS_OP_SET */
              const r = setContains(fast[sp - 1] as PySet, fast[sp - 2]!);
              fast[--sp - 1] = r !== (arg === 1);
              break;
            }
            case CONTAINS_OP_DICT: {
              /** CPython 3.14 bytecodes.c: _CONTAINS_OP_DICT */
              const r = (fast[sp - 1] as PyDict).has(fast[sp - 2]!);
              fast[--sp - 1] = r !== (arg === 1);
              break;
            }
            case TO_BOOL: {
              /** CPython 3.14 bytecodes.c: _TO_BOOL */
              const v = fast[sp - 1]!;
              if (typeof v !== "boolean") fast[sp - 1] = isTrue(v);
              break;
            }
            case TO_BOOL_BOOL: /** CPython 3.14 bytecodes.c: TO_BOOL_BOOL */
              if (typeof fast[sp - 1] !== "boolean") break exit;
              break;
            case TO_BOOL_INT: {
              /** CPython 3.14 bytecodes.c: _TO_BOOL_INT */
              // A big int is never zero: ints within 2**53 are numbers.
              const v = fast[sp - 1];
              fast[sp - 1] = typeof v === "number" ? v !== 0 : true;
              break;
            }
            case TO_BOOL_LIST: /** CPython 3.14 bytecodes.c: _TO_BOOL_LIST */
              fast[sp - 1] = (fast[sp - 1] as PyList).items.length !== 0;
              break;
            case TO_BOOL_NONE: /** CPython 3.14 bytecodes.c: _TO_BOOL_NONE */
              if (fast[sp - 1] !== None) break exit;
              fast[sp - 1] = false;
              break;
            case TO_BOOL_STR: /** CPython 3.14 bytecodes.c: _TO_BOOL_STR */
              fast[sp - 1] = (fast[sp - 1] as string).length !== 0;
              break;
            case GUARD_IS_TRUE_POP: /** CPython 3.14 bytecodes.c: _GUARD_IS_TRUE_POP */
              if (fast[sp - 1] !== true) break exit;
              sp--;
              break;
            case GUARD_IS_FALSE_POP: /** CPython 3.14 bytecodes.c: _GUARD_IS_FALSE_POP */
              if (fast[sp - 1] !== false) break exit;
              sp--;
              break;
            case GUARD_IS_NONE_POP: /** CPython 3.14 bytecodes.c: _GUARD_IS_NONE_POP */
              if (fast[sp - 1] !== None) break exit;
              sp--;
              break;
            case GUARD_IS_NOT_NONE_POP: /** CPython 3.14 bytecodes.c: _GUARD_IS_NOT_NONE_POP */
              if (fast[sp - 1] === None) break exit;
              sp--;
              break;
            case ITER_CHECK_RANGE: /** CPython 3.14 bytecodes.c: _ITER_CHECK_RANGE */
              if ((fast[sp - 1] as RangeIterator).cls !== RANGE_ITERATOR) break exit;
              break;
            case ITER_CHECK_LIST: /** CPython 3.14 bytecodes.c: _ITER_CHECK_LIST */
              if ((fast[sp - 1] as ListIterator).cls !== LIST_ITERATOR) break exit;
              break;
            case ITER_CHECK_TUPLE: /** CPython 3.14 bytecodes.c: _ITER_CHECK_TUPLE */
              if ((fast[sp - 1] as TupleIterator).cls !== TUPLE_ITERATOR) break exit;
              break;
            case FOR_ITER_RANGE: {
              /** CPython 3.14 bytecodes.c: _ITER_NEXT_RANGE */
              const it = fast[sp - 1] as RangeIterator;
              // Exhausted: tier 1's FOR_ITER pops the iterator and leaves the loop.
              if (it.remaining <= 0) break exit;
              it.remaining--;
              const v = it.next_;
              it.next_ = v + it.step;
              fast[sp++] = v;
              break;
            }
            case ITER_DONE_RANGE: /** CPython 3.14 bytecodes.c: _ITER_NEXT_RANGE */
              if ((fast[sp - 1] as RangeIterator).remaining > 0) break exit;
              sp--;
              break;
            case ITER_DONE_LIST: /** CPython 3.14 bytecodes.c: _ITER_NEXT_LIST */
            case ITER_DONE_TUPLE: {
              /** CPython 3.14 bytecodes.c: _ITER_NEXT_TUPLE */
              const it = fast[sp - 1] as ListIterator | TupleIterator;
              const seq = it.seq;
              if (seq !== null && it.i < seq.items.length) break exit;
              // Exhausted, as tier 1's FOR_ITER leaves it.
              it.seq = null;
              sp--;
              break;
            }
            case ITER_CHECK_ENUMERATE: {
              const e = fast[sp - 1] as PyEnumerate;
              if (e.cls !== ENUMERATE) break exit;
              const cls = (e.it as ListIterator).cls;
              if (cls !== LIST_ITERATOR && cls !== TUPLE_ITERATOR) break exit;
              break;
            }
            case ITER_DONE_ENUMERATE: {
              // Exhausted when its iterator is: the exit of FOR_ITER over it, replayed.
              const it = (fast[sp - 1] as PyEnumerate).it as ListIterator;
              if (it.seq !== null && it.i < it.seq.items.length) break exit;
              it.seq = null;
              sp--;
              break;
            }
            case FOR_ITER_ENUMERATE: {
              const v = (fast[sp - 1] as PyEnumerate).next();
              // Exhausted: its list or tuple iterator stays so, and tier 1's FOR_ITER finds it so.
              if (v === undefined) break exit;
              fast[sp++] = v;
              break;
            }
            case FOR_ITER_LIST: /** CPython 3.14 bytecodes.c: _ITER_NEXT_LIST */
            case FOR_ITER_TUPLE: {
              /** CPython 3.14 bytecodes.c: _ITER_NEXT_TUPLE */
              const it = fast[sp - 1] as ListIterator | TupleIterator;
              const seq = it.seq;
              if (seq === null || it.i >= seq.items.length) break exit;
              fast[sp++] = seq.items[it.i++];
              break;
            }
            case LOAD_GLOBAL: {
              /** CPython 3.14 bytecodes.c: _LOAD_GLOBAL */
              const name = operands[i] as string;
              let v = frame.globals.getStr(name);
              if (v === undefined) {
                v = frame.builtins.getStr(name);
                if (v === undefined) throw nameNotDefined(name);
              }
              fast[sp++] = v;
              break;
            }
            case LOAD_NAME: /** CPython 3.14 bytecodes.c: LOAD_NAME */
              frame.lasti = pcs[i];
              fast[sp++] = loadName(frame, operands[i] as string);
              break;
            case STORE_NAME: /** CPython 3.14 bytecodes.c: STORE_NAME */
              frame.lasti = pcs[i];
              storeName(frame, operands[i] as string, fast[sp - 1]!);
              sp--;
              break;
            case STORE_GLOBAL: /** CPython 3.14 bytecodes.c: STORE_GLOBAL */
              frame.globals.setStr(operands[i] as string, fast[sp - 1]!);
              sp--;
              break;
            case LOAD_GLOBAL_MODULE: {
              /** CPython 3.14 bytecodes.c: _LOAD_GLOBAL_MODULE */
              const e = operands[i] as DictEntryOperand;
              if (e.table.keysTag !== e.tag) break exit;
              fast[sp++] = e.entry.value as PyObject;
              break;
            }
            case LOAD_GLOBAL_BUILTIN: {
              /** CPython 3.14 bytecodes.c: _LOAD_GLOBAL_BUILTIN */
              const e = operands[i] as BuiltinOperand;
              if (e.table.keysTag !== e.tag || e.globals.keysTag !== e.globalsTag) break exit;
              fast[sp++] = e.entry.value as PyObject;
              break;
            }
            case LOAD_ATTR: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR */
              const owner = fast[sp - 1]!;
              const name = operands[i] as string;
              if (arg & 1) sp = loadMethodInto(owner, name, fast, sp - 1);
              else fast[sp - 1] = getAttr(owner, name);
              break;
            }
            case LOAD_ATTR_MODULE: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_MODULE */
              const owner = fast[sp - 1];
              const m = operands[i] as ModuleAttrOperand;
              if (!(owner instanceof PyModule) || (owner.dict as PyDict).table.keysTag !== m.tag) {
                break exit;
              }
              fast[sp - 1] = m.entry.value as PyObject;
              break;
            }
            case GUARD_TYPE_VERSION: {
              /** CPython 3.14 bytecodes.c: _GUARD_TYPE_VERSION */
              const cls = (fast[sp - 1] as PyInstance).cls as PyType | undefined;
              if (cls === undefined || cls.version !== operands[i]) break exit;
              break;
            }
            case LOAD_ATTR_INSTANCE_VALUE: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_INSTANCE_VALUE */
              const owner = fast[sp - 1] as PyInstance;
              const s = operands[i] as ShapeOperand;
              if (owner.shape !== s.shape) break exit;
              fast[sp - 1] = owner.values[s.index];
              break;
            }
            case LOAD_ATTR_SLOT: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_SLOT */
              const owner = fast[sp - 1];
              // An unset slot too: tier 1's generic form raises the AttributeError.
              const v = owner instanceof PyInstance
                ? owner.slots![operands[i] as number]
                : undefined;
              if (v === undefined) break exit;
              fast[sp - 1] = v;
              break;
            }
            case LOAD_ATTR_CLASS: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_CLASS */
              const owner = fast[sp - 1] as PyType;
              const [version, attr] = operands[i] as [number, PyObject];
              if (owner.cls !== TYPE || owner.version !== version) break exit;
              fast[sp - 1] = attr;
              break;
            }
            case LOAD_ATTR_METHOD_WITH_VALUES: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_METHOD_WITH_VALUES */
              const owner = fast[sp - 1] as PyInstance;
              const s = operands[i] as ShapeOperand;
              if (owner.shape !== s.shape) break exit;
              fast[sp - 1] = s.after as PyFunction;
              fast[sp++] = owner;
              break;
            }
            case LOAD_ATTR_METHOD_NO_DICT: {
              /** CPython 3.14 bytecodes.c: _LOAD_ATTR_METHOD_NO_DICT */
              const owner = fast[sp - 1]!;
              const [type, descr] = operands[i] as [PyType, PyObject];
              if (typeOf(owner) !== type) break exit;
              fast[sp - 1] = descr;
              fast[sp++] = owner;
              break;
            }
            case STORE_ATTR: /** CPython 3.14 bytecodes.c: _STORE_ATTR */
              setAttr(fast[sp - 1]!, operands[i] as string, fast[sp - 2]!);
              sp -= 2;
              break;
            case STORE_ATTR_INSTANCE_VALUE: {
              /** CPython 3.14 bytecodes.c: _STORE_ATTR_INSTANCE_VALUE */
              const owner = fast[sp - 1] as PyInstance;
              const s = operands[i] as ShapeOperand;
              if (!(owner instanceof PyInstance) || owner.shape !== s.shape) break exit;
              if (s.after === s.shape) owner.values[s.index] = fast[sp - 2]!;
              else {
                owner.values.push(fast[sp - 2]!);
                owner.shape = s.after as Shape;
              }
              sp -= 2;
              break;
            }
            case STORE_ATTR_SLOT: {
              /** CPython 3.14 bytecodes.c: _STORE_ATTR_SLOT */
              const owner = fast[sp - 1];
              if (!(owner instanceof PyInstance)) break exit;
              owner.slots![operands[i] as number] = fast[sp - 2]!;
              sp -= 2;
              break;
            }
            case CALL_BUILTIN_FAST: /** CPython 3.14 bytecodes.c: _CALL_BUILTIN_FAST */
            case CALL_METHOD_DESCRIPTOR_FAST: /** CPython 3.14 bytecodes.c: _CALL_METHOD_DESCRIPTOR_FAST */
            case CALL_BUILTIN_CLASS: /** CPython 3.14 bytecodes.c: _CALL_BUILTIN_CLASS */
            case CALL_LEN: /** CPython 3.14 bytecodes.c: _CALL_LEN */
            case CALL_ISINSTANCE: {
              /** CPython 3.14 bytecodes.c: _CALL_ISINSTANCE */
              const base = sp - arg - 2;
              const r = callNativeFast(vm, frame, uop, operands[i], fast, base, sp, pcs[i]);
              if (r === undefined) break exit;
              fast[base] = r;
              sp = base + 1;
              break;
            }
            case CALL_LIST_APPEND: {
              /** CPython 3.14 bytecodes.c: _CALL_LIST_APPEND */
              const list = fast[sp - 2] as PyList;
              if (fast[sp - 3] !== LIST_APPEND || list.cls !== LIST) break exit;
              list.items.push(fast[sp - 1]!);
              sp -= 2;
              fast[sp - 1] = None;
              break;
            }
            case UNPACK_SEQUENCE: /** CPython 3.14 bytecodes.c: _UNPACK_SEQUENCE */
              sp = unpackSequence(fast[sp - 1]!, arg, fast, sp - 1);
              break;
            case UNPACK_SEQUENCE_TWO_TUPLE: {
              /** CPython 3.14 bytecodes.c: _UNPACK_SEQUENCE_TWO_TUPLE */
              const items = (fast[sp - 1] as PyTuple).items;
              if (items.length !== 2) break exit;
              fast[sp - 1] = items[1];
              fast[sp++] = items[0];
              break;
            }
            case UNPACK_SEQUENCE_TUPLE: /** CPython 3.14 bytecodes.c: _UNPACK_SEQUENCE_TUPLE */
            case UNPACK_SEQUENCE_LIST: {
              /** CPython 3.14 bytecodes.c: _UNPACK_SEQUENCE_LIST */
              const items = (fast[sp - 1] as PyList | PyTuple).items;
              if (items.length !== arg) break exit;
              sp--;
              for (let k = arg - 1; k >= 0; k--) fast[sp++] = items[k];
              break;
            }
            case JUMP_TO_TOP: /** CPython 3.14 bytecodes.c: _JUMP_TO_TOP */
              i = code.targets[i];
              if (stats !== null) stats.iterations++;
              continue;
            case CHECK_FUNCTION_VERSION: {
              /** CPython 3.14 bytecodes.c: _CHECK_FUNCTION_VERSION, _CHECK_FUNCTION_EXACT_ARGS */
              const f = operands[i] as InlinedFrame;
              const base = sp - arg - 2;
              const given = f.nargs - f.defaults.length;
              if (fast[base] !== f.func || (fast[base + 1] === undefined) !== (given === arg)) {
                break exit;
              }
              if (!calleeHolds(f.func, f.code, f.defaults)) {
                // A new `__code__` or defaults: every entry would leave here, so the trace goes.
                this.valid = false;
                break exit;
              }
              break;
            }
            case PUSH_FRAME: /** CPython 3.14 bytecodes.c: _PUSH_FRAME */
              frame = pushInlined(vm, frame, operands[i] as InlinedFrame, sp, pcs[i]);
              fast = frame.fast;
              sp = frame.sp;
              break;
            case POP_FRAME: /** CPython 3.14 bytecodes.c: _POP_FRAME */
              frame = popInlined(vm, frame, fast[--sp]);
              fast = frame.fast;
              sp = frame.sp;
              break;
            case EXIT_TRACE: /** CPython 3.14 bytecodes.c: _EXIT_TRACE */
            default:
              break exit;
          }
          i++;
          continue;
        }
        // Leaving: tier 1 resumes at the op's instruction, or a side trace runs (jit/uop_exits.ts).
        inSide = true;
        const out = takeExit(vm, frame, i, code, this.side, stats, this.#labels);
        inSide = false;
        if (out !== null) return out;
        // A side trace ran and linked back: go on from the top.
        sp = frame.sp;
        i = 0;
        if (stats !== null) stats.iterations++;
      }
    } catch (e) {
      // A side trace that raised has already said where.
      if (inSide) throw e;
      frame.lasti = pcs[i];
      frame.sp = sp;
      // Raised inside an inlined callee: ENTER_EXECUTOR unwinds from the current frame.
      vm.frame = frame;
      throw e;
    }
  }
}
