/**
 * The interpreter of tiers 0 and 1: CPython's eval loop (Python/bytecodes.c,
 * 3.11 to 3.14) over the code objects of `vm/code.ts`, with the specialized
 * forms of PEP 659 that `vm/specialize.ts` writes in `specialized` mode.
 * This file is longer than the others because the hot loop must be one
 * function.
 *
 * Requirements (read before changing the loop):
 * 1. One function, `runFrame`, holds the hot loop: a single `switch` on the
 *    opcode whose `case` labels are numeric literals (so V8 builds a jump
 *    table), each tagged with its opcode's name (`interp_test.ts` checks
 *    every label against `vm/opcodes.ts`). Each case implements the
 *    instruction its row's `ref` cites (CPython 3.14 bytecodes.c unless the
 *    row says otherwise). Generic cases are generic: fast paths for known
 *    types belong to the specialized forms. Rare or long handlers live in
 *    `vm/interp_ops.ts`, exception unwinding in `vm/interp_unwind.ts`.
 * 5. A specialized case checks its guards before it changes the stack; on
 *    a miss it sets `op` to its family and `continue dispatch`es, so the
 *    generic case runs in its place (and counts toward respecializing).
 * 2. No host recursion for Python calls: CALL of a Python function pushes a
 *    frame and `continue`s the loop; RETURN pops it. FOR_ITER and SEND
 *    resume generators the same way, and YIELD_VALUE returns to the frame
 *    that resumed. `runFrame` is re-entered only from TypeScript
 *    (`hooks.callFunction`, a generator's methods, class bodies), and every
 *    Python frame, in the loop or re-entered, counts against the recursion
 *    limit.
 * 3. No allocation per instruction on the fast paths: arguments of Python
 *    calls are bound straight from the caller's stack, ints are added and
 *    compared inline, and the frame's state lives in locals (`code`, `pc`,
 *    `fast`, `sp`) saved to the frame only when it is left.
 * 4. Exceptions are `PyThrow`s (`vm/object.ts`). The `catch` at the bottom
 *    of the loop records the traceback entry, sets `__context__` for a new
 *    exception, and unwinds to the handler the exception table names, frame
 *    by frame; an exception that leaves the frame `runFrame` was entered
 *    with is rethrown to the TypeScript caller.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyFloat,
  PyFunction,
  PyInstance,
  PyList,
  PyMethod,
  PyMethodDescriptor,
  type PyObject,
  PyThrow,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import {
  binaryOp,
  call,
  contains,
  delAttr,
  delItem,
  format,
  getAttr,
  getItem,
  getIter,
  isTrue,
  iterNext,
  nativeRecursionDepth,
  None,
  richCompare,
  setAttr,
  setItem,
  unaryInvert,
  unaryNegative,
} from "./abstract.ts";
import type { CompareOp } from "./abstract.ts";
import { compareNumbers } from "./operators.ts";
import { hasDefaultNew } from "./calls.ts";
import { isSubtype, typeLookup } from "./core.ts";
import { PyIter } from "./descriptors.ts";
import { PyBaseException } from "./exceptions.ts";
import { PyDict } from "./dict.ts";
import { PyCell } from "./object.ts";
import { newSet, type PySet, setUpdate } from "./set.ts";
import { PySlice } from "./slice.ts";
import { cacheSize, Op } from "./opcodes.ts";
import {
  acquireFrame,
  codeInfo,
  type Frame,
  releaseFrame,
  RETURN_INIT,
  RETURN_TO_CALL,
  RETURN_TO_HOST,
} from "./frame.ts";
import { bindArgs, dictMerge, dictUpdate, starArgs, unpackKwargs } from "./function_call.ts";
import { finalizeGenerator, GEN_RUNNING, makeGenerator, PyGenerator } from "./generator.ts";
import {
  beforeWith,
  callIntrinsic1,
  checkExcMatch,
  convertValue,
  deleteName,
  doRaise,
  enterNativeCall,
  formatWithSpec,
  importFrom,
  importName,
  listExtend,
  loadFromDictOrDeref,
  loadMethodInto,
  loadName,
  loadSuperAttr,
  makeFunction,
  nameNotDefined,
  sendNonGenerator,
  setFunctionAttribute,
  stopValue,
  storeName,
  systemError,
  unboundDeref,
  unboundLocal,
  unpackEx,
  unpackSequence,
  withExceptStart,
  yieldFromIter,
} from "./interp_ops.ts";
import {
  enterGenerator,
  leaveGenerator,
  recursionError,
  rethrow,
  unwind,
} from "./interp_unwind.ts";
import { Vm } from "./vm.ts";
import {
  type BinaryOpExtension,
  EXT_FLOAT_ADD_INT,
  EXT_FLOAT_DIV_FLOAT,
  EXT_FLOAT_DIV_INT,
  EXT_FLOAT_MUL_INT,
  EXT_FLOAT_SUB_INT,
  EXT_INT_ADD_FLOAT,
  EXT_INT_AND_INT,
  EXT_INT_DIV_FLOAT,
  EXT_INT_DIV_INT,
  EXT_INT_FLOORDIV_INT,
  EXT_INT_MOD_INT,
  EXT_INT_MUL_FLOAT,
  EXT_INT_OR_INT,
  EXT_INT_RSHIFT_INT,
  EXT_INT_SUB_FLOAT,
  EXT_INT_XOR_INT,
  ISINSTANCE,
  LEN,
  LIST_APPEND,
  miss,
  quicken,
  specializeBinaryOp,
  specializeCall,
  specializeCompareOp,
  specializeContainsOp,
  specializeForIter,
  specializeLoadAttr,
  specializeLoadGlobal,
  specializeStoreAttr,
  specializeStoreSubscr,
  specializeToBool,
  specializeUnpackSequence,
} from "./specialize.ts";
import type { DictEntry } from "./hashtable.ts";
import type { Shape } from "./object.ts";
import type { ListIterator } from "./list.ts";
import { listAppend, setListItem } from "./list_storage.ts";
import type { TupleIterator } from "./tuple.ts";
import type { RangeIterator } from "./range.ts";
import { setContains } from "./set.ts";
import { strIndex } from "./str_core.ts";
import { PyModule } from "./descriptors.ts";
import { isInstance, lenObject } from "./abstract.ts";

export { localsOf } from "./interp_ops.ts";
export { markThrownIn, toPyThrow } from "./interp_unwind.ts";

// Cache units after each instruction that has them (`vm/opcodes.ts`).
const C_LOAD_GLOBAL = cacheSize(Op.LOAD_GLOBAL);
const C_LOAD_ATTR = cacheSize(Op.LOAD_ATTR);
const C_STORE_ATTR = cacheSize(Op.STORE_ATTR);
const C_LOAD_SUPER_ATTR = cacheSize(Op.LOAD_SUPER_ATTR);
const C_BINARY_OP = cacheSize(Op.BINARY_OP);
const C_STORE_SUBSCR = cacheSize(Op.STORE_SUBSCR);
const C_TO_BOOL = cacheSize(Op.TO_BOOL);
const C_COMPARE_OP = cacheSize(Op.COMPARE_OP);
const C_CONTAINS_OP = cacheSize(Op.CONTAINS_OP);
const C_POP_JUMP = cacheSize(Op.POP_JUMP_IF_FALSE);
const C_JUMP_BACKWARD = cacheSize(Op.JUMP_BACKWARD);
const C_FOR_ITER = cacheSize(Op.FOR_ITER);
const C_CALL = cacheSize(Op.CALL);
const C_UNPACK_SEQUENCE = cacheSize(Op.UNPACK_SEQUENCE);
const C_SEND = cacheSize(Op.SEND);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// `T` is a dictionary: the types the loop tests are read once.
const TYPE = T.type;
const TUPLE = T.tuple;
const FLOAT = T.float;
const LIST = T.list;
// Exact-type guards of the specialized forms compare `x.cls` with these: every
// Python value is a primitive (whose `.cls` is undefined) or carries its type.
const LIST_ITERATOR = T.list_iterator;
const FUNCTION = T.function;
const POP_JUMP_IF_FALSE = Op.POP_JUMP_IF_FALSE;
const POP_JUMP_IF_TRUE = Op.POP_JUMP_IF_TRUE;
const METHOD = T.method;
const TUPLE_ITERATOR = T.tuple_iterator;
const RANGE_ITERATOR = T.range_iterator;
const DICT = T.dict;
const SET = T.set;
const FROZENSET = T.frozenset;

/**
 * Counts an adaptive counter (the cache unit at `at`) down; true when it has
 * reached zero, that is, when the instruction should try to specialize.
 */
function due(code: Uint32Array, at: number): boolean {
  const c = code[at];
  if (c < 16) return true;
  code[at] = c - 16;
  return false;
}

// -- Entry points from TypeScript ----------------------------------------------------------

/**
 * Runs `entry` (a new frame, or a generator's suspended one) until it
 * returns or yields, and gives back the value. `throwIn` is raised at the
 * frame's current instruction first (`generator.throw()`).
 */
export function runFrame(vm: Vm, entry: Frame, throwIn: PyThrow | null): PyObject {
  // CPython 3.11 counts Python frames and native recursion (`repr`,
  // comparisons: `enterRecursion` in `vm/abstract.ts`) against one limit.
  if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
  entry.back = vm.frame;
  entry.returnKind = RETURN_TO_HOST;
  entry.depth = ++vm.depth;
  if (entry.gen !== null) enterGenerator(vm, entry.gen);
  vm.frame = entry;
  let frame = entry;
  let pending = throwIn;
  // Tier 1: null in tier 0, where no instruction ever rewrites itself.
  const spec = vm.specializer;
  const adaptive = spec !== null;
  const executed = spec === null || spec.stats === null ? null : spec.stats.executed;
  // Tier 2: null unless loops compile to traces (`uops`, `jit`).
  const tier2 = vm.tier2;
  reload: for (;;) {
    const codeObj = frame.code;
    if (adaptive && !codeObj.quickened) quicken(codeObj, spec!);
    const refs = codeObj.cacheRefs;
    const code = codeObj.co_code;
    const fast = frame.fast;
    const consts = frame.info.consts;
    const names = frame.code.co_names;
    const globals = frame.globals as PyDict;
    const builtins = frame.builtins as PyDict;
    let pc = frame.pc;
    let sp = frame.sp;
    let instr = frame.lasti;
    try {
      if (pending !== null) {
        const t = pending;
        pending = null;
        throw t;
      }
      for (;;) {
        instr = pc;
        const unit = code[pc++];
        const arg = unit >>> 8;
        let op = unit & 0xff;
        if (executed !== null) executed[op]++;
        // A specialized form whose guard fails runs its family's generic form: `continue dispatch`.
        dispatch: for (;;) {
          switch (op) {
            case 1: // NOP
            case 2: // RESUME
              break;

            case 3: { // POP_TOP
              const v = fast[--sp];
              // A `break` or `return` drops the iterator of a `for` loop here.
              if (v instanceof PyGenerator && v.loopOwned) {
                frame.lasti = instr;
                finalizeGenerator(v);
              }
              break;
            }

            case 4: // PUSH_NULL
              fast[sp++] = undefined;
              break;

            case 5: // COPY
              fast[sp] = fast[sp - arg];
              sp++;
              break;

            case 6: { // SWAP
              const top = fast[sp - 1];
              fast[sp - 1] = fast[sp - arg];
              fast[sp - arg] = top;
              break;
            }

            case 7: // LOAD_CONST
              fast[sp++] = consts[arg];
              break;

            case 8: // LOAD_FAST
              fast[sp++] = fast[arg];
              break;

            case 9: { // LOAD_FAST_CHECK
              const v = fast[arg];
              if (v === undefined) throw unboundLocal(frame, arg);
              fast[sp++] = v;
              break;
            }

            case 10: // STORE_FAST
              fast[arg] = fast[--sp];
              break;

            case 11: // DELETE_FAST
              if (fast[arg] === undefined) throw unboundLocal(frame, arg);
              fast[arg] = undefined;
              break;

            case 12: { // LOAD_DEREF
              const v = (fast[arg] as PyCell).value;
              if (v === undefined) throw unboundDeref(frame, arg);
              fast[sp++] = v;
              break;
            }

            case 13: // STORE_DEREF
              (fast[arg] as PyCell).value = fast[--sp];
              break;

            case 14: { // DELETE_DEREF
              const cell = fast[arg] as PyCell;
              if (cell.value === undefined) throw unboundDeref(frame, arg);
              cell.value = undefined;
              break;
            }

            case 15: // MAKE_CELL
              fast[arg] = new PyCell(fast[arg]);
              break;

            case 16: { // COPY_FREE_VARS
              const closure = frame.func!.closure!;
              const offset = frame.info.nlocalsplus - arg;
              for (let i = 0; i < arg; i++) fast[offset + i] = closure[i];
              break;
            }

            case 17: // LOAD_CLOSURE
              fast[sp++] = fast[arg];
              break;

            case 18: // LOAD_FROM_DICT_OR_DEREF
              fast[sp - 1] = loadFromDictOrDeref(frame, fast[sp - 1]!, arg);
              break;

            case 19: { // LOAD_LOCALS
              const locals = frame.locals;
              if (locals === null) systemError("no locals found");
              fast[sp++] = locals;
              break;
            }

            case 20: // LOAD_NAME
              fast[sp++] = loadName(frame, names[arg]);
              break;

            case 21: // STORE_NAME
              storeName(frame, names[arg], fast[--sp]!);
              break;

            case 22: // DELETE_NAME
              deleteName(frame, names[arg]);
              break;

            case 23: { // LOAD_GLOBAL
              const name = names[arg >>> 1];
              if (adaptive && due(code, pc)) {
                specializeLoadGlobal(codeObj, instr, globals, builtins, name, spec!);
              }
              let v = globals.getStr(name);
              if (v === undefined) {
                v = builtins.getStr(name);
                if (v === undefined) throw nameNotDefined(name);
              }
              fast[sp++] = v;
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_GLOBAL;
              break;
            }

            case 24: // STORE_GLOBAL
              globals.setStr(names[arg], fast[--sp]!);
              break;

            case 25: // DELETE_GLOBAL
              if (!globals.deleteStr(names[arg])) throw nameNotDefined(names[arg]);
              break;

            case 26: { // LOAD_ATTR
              const owner = fast[--sp]!;
              const name = names[arg >>> 1];
              if (adaptive && due(code, pc)) {
                specializeLoadAttr(codeObj, instr, owner, name, (arg & 1) !== 0, spec!);
              }
              if (arg & 1) sp = loadMethodInto(owner, name, fast, sp);
              else fast[sp++] = getAttr(owner, name);
              pc += C_LOAD_ATTR;
              break;
            }

            case 27: // STORE_ATTR
              if (adaptive && due(code, pc)) {
                specializeStoreAttr(codeObj, instr, fast[sp - 1]!, names[arg], spec!);
              }
              setAttr(fast[sp - 1]!, names[arg], fast[sp - 2]!);
              sp -= 2;
              pc += C_STORE_ATTR;
              break;

            case 28: // DELETE_ATTR
              delAttr(fast[--sp]!, names[arg]);
              break;

            case 29: { // LOAD_SUPER_ATTR
              sp -= 3;
              sp = loadSuperAttr(
                fast[sp]!,
                fast[sp + 1]!,
                fast[sp + 2]!,
                names[arg >>> 2],
                (arg & 1) !== 0,
                (arg & 2) !== 0,
                fast,
                sp,
              );
              if (!(arg & 1)) sp--;
              pc += C_LOAD_SUPER_ATTR;
              break;
            }

            case 30: { // BINARY_OP
              const b = fast[--sp]!;
              const a = fast[sp - 1]!;
              if (adaptive && due(code, pc)) specializeBinaryOp(codeObj, instr, a, b, arg, spec!);
              fast[sp - 1] = binaryOp(a, b, arg);
              pc += C_BINARY_OP;
              break;
            }

            case 31: { // BINARY_SLICE
              sp -= 2;
              fast[sp - 1] = getItem(fast[sp - 1]!, new PySlice(fast[sp]!, fast[sp + 1]!, None));
              break;
            }

            case 32: { // STORE_SUBSCR
              const container = fast[sp - 2]!;
              const sub = fast[sp - 1]!;
              if (adaptive && due(code, pc)) {
                specializeStoreSubscr(codeObj, instr, container, sub, spec!);
              }
              setItem(container, sub, fast[sp - 3]!);
              sp -= 3;
              pc += C_STORE_SUBSCR;
              break;
            }

            case 33: // STORE_SLICE
              setItem(
                fast[sp - 3]!,
                new PySlice(fast[sp - 2]!, fast[sp - 1]!, None),
                fast[sp - 4]!,
              );
              sp -= 4;
              break;

            case 34: // DELETE_SUBSCR
              delItem(fast[sp - 2]!, fast[sp - 1]!);
              sp -= 2;
              break;

            case 35: { // UNARY_NEGATIVE
              const v = fast[sp - 1]!;
              fast[sp - 1] = typeof v === "number" && v !== 0 ? -v : unaryNegative(v);
              break;
            }

            case 36: // UNARY_NOT
              fast[sp - 1] = fast[sp - 1] === false;
              break;

            case 37: // UNARY_INVERT
              fast[sp - 1] = unaryInvert(fast[sp - 1]!);
              break;

            case 38: // CALL_INTRINSIC_1
              fast[sp - 1] = callIntrinsic1(vm, frame, arg, fast[sp - 1]!);
              break;

            case 39: { // TO_BOOL
              const v = fast[sp - 1]!;
              if (adaptive && due(code, pc)) specializeToBool(codeObj, instr, v, spec!);
              if (typeof v !== "boolean") fast[sp - 1] = isTrue(v);
              pc += C_TO_BOOL;
              break;
            }

            case 40: { // COMPARE_OP
              const b = fast[--sp]!;
              const a = fast[sp - 1]!;
              const cmp = arg >>> 5;
              if (adaptive && due(code, pc)) specializeCompareOp(codeObj, instr, a, b, cmp, spec!);
              const r = richCompare(a, b, cmp as CompareOp);
              fast[sp - 1] = (arg & 16) !== 0 && typeof r !== "boolean" ? isTrue(r) : r;
              pc += C_COMPARE_OP;
              break;
            }

            case 41: // IS_OP
              sp--;
              fast[sp - 1] = (fast[sp - 1] === fast[sp]) !== (arg === 1);
              break;

            case 42: // CONTAINS_OP
              if (adaptive && due(code, pc)) {
                specializeContainsOp(codeObj, instr, fast[sp - 1]!, spec!);
              }
              sp--;
              fast[sp - 1] = contains(fast[sp]!, fast[sp - 1]!) !== (arg === 1);
              pc += C_CONTAINS_OP;
              break;

            case 43: { // POP_JUMP_IF_FALSE
              const jump = fast[--sp] === false;
              // Branch history for tier 2, inline: a call here is not inlined by V8.
              if (tier2 !== null) code[pc] = ((code[pc] << 1) | (jump ? 1 : 0)) & 0xffff;
              pc += jump ? C_POP_JUMP + arg : C_POP_JUMP;
              break;
            }

            case 44: { // POP_JUMP_IF_TRUE
              const jump = fast[--sp] === true;
              // Branch history for tier 2, inline: a call here is not inlined by V8.
              if (tier2 !== null) code[pc] = ((code[pc] << 1) | (jump ? 1 : 0)) & 0xffff;
              pc += jump ? C_POP_JUMP + arg : C_POP_JUMP;
              break;
            }

            case 45: { // POP_JUMP_IF_NONE
              const jump = fast[--sp] === None;
              // Branch history for tier 2, inline: a call here is not inlined by V8.
              if (tier2 !== null) code[pc] = ((code[pc] << 1) | (jump ? 1 : 0)) & 0xffff;
              pc += jump ? C_POP_JUMP + arg : C_POP_JUMP;
              break;
            }

            case 46: { // POP_JUMP_IF_NOT_NONE
              const jump = fast[--sp] !== None;
              // Branch history for tier 2, inline: a call here is not inlined by V8.
              if (tier2 !== null) code[pc] = ((code[pc] << 1) | (jump ? 1 : 0)) & 0xffff;
              pc += jump ? C_POP_JUMP + arg : C_POP_JUMP;
              break;
            }

            case 47: // JUMP_FORWARD
              pc += arg;
              break;

            case 48: // JUMP_BACKWARD
              if (tier2 !== null && due(code, pc)) {
                // Hot: tier 2 projects the loop from its head, installing ENTER_EXECUTOR here.
                frame.pc = pc + C_JUMP_BACKWARD - arg;
                frame.sp = sp;
                frame.lasti = instr;
                tier2.hot(vm, frame, instr);
              }
              pc += C_JUMP_BACKWARD - arg;
              break;

            case 96: { // ENTER_EXECUTOR
              // Out of line: this loop's frame size bounds how deep host recursion can go.
              const top = enterExecutor(vm, frame, instr, pc, sp, arg);
              if (top !== frame) {
                frame = top;
                continue reload;
              }
              pc = frame.pc;
              sp = frame.sp;
              break;
            }

            case 49: // JUMP_BACKWARD_NO_INTERRUPT
              pc -= arg;
              break;

            case 50: // GET_ITER
              fast[sp - 1] = getIter(fast[sp - 1]!);
              break;

            case 51: { // FOR_ITER
              const it = fast[sp - 1]!;
              if (adaptive && due(code, pc)) specializeForIter(codeObj, instr, it, spec!);
              if (it instanceof PyGenerator) {
                // CPython 3.14 bytecodes.c: FOR_ITER_GEN, resuming the generator in this loop.
                if (it.state < GEN_RUNNING) {
                  frame = resumeInLoop(vm, frame, it, pc, sp, instr, arg);
                  continue reload;
                }
                if (it.state === GEN_RUNNING) raise("ValueError", "generator already executing");
                sp--;
                pc += C_FOR_ITER + arg + 1;
                break;
              }
              const v = it instanceof PyIter ? it.next() : iterNext(it);
              if (v !== undefined) {
                fast[sp++] = v;
                pc += C_FOR_ITER;
              } else {
                // CPython 3.12 bytecodes.c: FOR_ITER pops the iterator and skips END_FOR.
                sp--;
                pc += C_FOR_ITER + arg + 1;
              }
              break;
            }

            case 52: // END_FOR
              sp -= 2;
              break;

            case 53: // CALL
            case 54: { // CALL_KW
              let kwnames: readonly string[] | null = null;
              let nargs = arg;
              if ((unit & 0xff) === 54) {
                kwnames = (fast[--sp] as PyTuple).items as readonly string[];
              }
              const base = sp - nargs - 2;
              let callable = fast[base]!;
              let self = fast[base + 1];
              let start = base + 2;
              if (adaptive && kwnames === null && due(code, pc)) {
                specializeCall(codeObj, instr, callable, self, nargs, spec!);
              }
              if (self !== undefined) {
                start = base + 1;
                nargs++;
              } else if (!(callable instanceof PyFunction) && callable instanceof PyMethod) {
                // CPython 3.14 bytecodes.c: CALL_BOUND_METHOD_EXACT_ARGS unpacks the method.
                self = callable.self;
                callable = callable.func;
                fast[base + 1] = self;
                start = base + 1;
                nargs++;
              }
              pc += C_CALL;
              if (callable instanceof PyFunction) {
                if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
                const nf = acquireFrame(callable, callable.code, callable.globals, builtins, null);
                bindArgs(callable, nf.fast, fast, start, nargs, kwnames);
                if (nf.info.isGenerator) {
                  fast[base] = newGenerator(vm, nf, code[pc]);
                  sp = base + 1;
                  break;
                }
                frame = pushFrame(vm, frame, nf, pc, base, instr);
                continue reload;
              }
              if (
                callable instanceof PyType && callable.cls === TYPE && !callable.isBuiltin &&
                self === undefined
              ) {
                // CPython 3.13 bytecodes.c: CALL_ALLOC_AND_ENTER_INIT, for a class
                // with object.__new__ and a Python __init__.
                const init = typeLookup(callable, "__init__");
                if (
                  init instanceof PyFunction && hasDefaultNew(callable) &&
                  !codeInfo(init.code).isGenerator
                ) {
                  frame = enterInit(vm, frame, callable, init, pc, base, instr, nargs, kwnames);
                  continue reload;
                }
              }
              frame.lasti = instr;
              enterNativeCall(vm);
              let r: PyObject;
              if (
                callable instanceof PyMethodDescriptor && self !== undefined &&
                (typeOf(self) === callable.owner || isSubtype(typeOf(self), callable.owner))
              ) {
                r = callable.call(self, fast.slice(start + 1, sp) as PyObject[], kwnames);
              } else if (callable instanceof PyBuiltinFunction) {
                r = callable.call(fast.slice(start, sp) as PyObject[], kwnames);
              } else {
                r = call(callable, fast.slice(start, sp) as PyObject[], kwnames);
              }
              vm.depth--;
              fast[base] = r;
              sp = base + 1;
              break;
            }

            case 55: { // CALL_FUNCTION_EX
              const kw = fast[sp - 1];
              const callable = fast[sp - 4]!;
              const self = fast[sp - 3];
              let args = starArgs(callable, fast[sp - 2]!);
              let kwnames: string[] | null = null;
              if (self !== undefined) args = [self, ...args];
              if (kw !== undefined && (kw as PyDict).size > 0) {
                args = args.slice();
                kwnames = unpackKwargs(args, kw as PyDict);
              }
              const base = sp - 4;
              if (callable instanceof PyFunction) {
                if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
                const nf = acquireFrame(callable, callable.code, callable.globals, builtins, null);
                bindArgs(callable, nf.fast, args, 0, args.length, kwnames);
                if (nf.info.isGenerator) {
                  fast[base] = newGenerator(vm, nf, code[pc]);
                  sp = base + 1;
                  break;
                }
                frame = pushFrame(vm, frame, nf, pc, base, instr);
                continue reload;
              }
              frame.lasti = instr;
              enterNativeCall(vm);
              fast[base] = call(
                callable,
                kwnames === null && self === undefined ? args.slice() : args,
                kwnames,
              );
              vm.depth--;
              sp = base + 1;
              break;
            }

            case 56: // MAKE_FUNCTION
              fast[sp - 1] = makeFunction(frame, fast[sp - 1]!);
              break;

            case 57: { // SET_FUNCTION_ATTRIBUTE
              const fn = fast[--sp] as PyFunction;
              setFunctionAttribute(fn, arg, fast[sp - 1]!);
              fast[sp - 1] = fn;
              break;
            }

            case 58: // RETURN_VALUE
            case 59: { // RETURN_CONST
              let v = (unit & 0xff) === 58 ? fast[--sp]! : consts[arg];
              const done = frame;
              vm.depth = exitDepth(done);
              const back = done.back;
              done.back = null;
              const gen = done.gen;
              if (gen !== null) leaveGenerator(vm, gen, true);
              const kind = done.returnKind;
              if (kind === RETURN_INIT) {
                if (v !== None) {
                  pending = new PyThrow(
                    null,
                    "TypeError",
                    `__init__() should return None, not '${
                      v instanceof PyInstance ? v.cls.name : typeOfName(v)
                    }'`,
                  );
                }
                v = done.initSelf!;
              }
              releaseFrame(done);
              if (kind === RETURN_TO_HOST || back === null) {
                vm.frame = back;
                return v;
              }
              frame = back;
              vm.frame = frame;
              if (gen !== null) frame.pc = frame.genReturnPc;
              frame.fast[frame.sp++] = v;
              continue reload;
            }

            case 60: { // BUILD_TUPLE
              sp -= arg;
              fast[sp] = new PyTuple(fast.slice(sp, sp + arg) as PyObject[]);
              sp++;
              break;
            }

            case 61: { // BUILD_LIST
              sp -= arg;
              fast[sp] = new PyList(fast.slice(sp, sp + arg) as PyObject[]);
              sp++;
              break;
            }

            case 62: { // BUILD_SET
              sp -= arg;
              fast[sp] = newSet(fast.slice(sp, sp + arg) as PyObject[]);
              sp++;
              break;
            }

            case 63: { // BUILD_MAP
              const d = new PyDict();
              sp -= 2 * arg;
              for (let i = 0; i < arg; i++) d.set(fast[sp + 2 * i]!, fast[sp + 2 * i + 1]!);
              fast[sp++] = d;
              break;
            }

            case 64: { // BUILD_STRING
              sp -= arg;
              let s = "";
              for (let i = 0; i < arg; i++) s += fast[sp + i] as string;
              fast[sp++] = s;
              break;
            }

            case 65: { // BUILD_SLICE
              sp -= arg;
              fast[sp] = new PySlice(fast[sp]!, fast[sp + 1]!, arg === 3 ? fast[sp + 2]! : None);
              sp++;
              break;
            }

            case 66: { // LIST_APPEND
              const v = fast[--sp]!;
              listAppend(fast[sp - arg] as PyList, v);
              break;
            }

            case 67: { // SET_ADD
              const v = fast[--sp]!;
              (fast[sp - arg] as PySet).table.add(v);
              break;
            }

            case 68: { // MAP_ADD
              sp -= 2;
              (fast[sp - arg] as PyDict).set(fast[sp]!, fast[sp + 1]!);
              break;
            }

            case 69: { // LIST_EXTEND
              const v = fast[--sp]!;
              listExtend(fast[sp - arg] as PyList, v);
              break;
            }

            case 70: { // SET_UPDATE
              const v = fast[--sp]!;
              setUpdate((fast[sp - arg] as PySet).table, v);
              break;
            }

            case 71: { // DICT_UPDATE
              const v = fast[--sp]!;
              dictUpdate(fast[sp - arg] as PyDict, v);
              break;
            }

            case 72: { // DICT_MERGE
              const v = fast[--sp]!;
              dictMerge(fast[sp - arg - 3]!, fast[sp - arg] as PyDict, v);
              break;
            }

            case 73: { // UNPACK_SEQUENCE
              const v = fast[--sp]!;
              if (adaptive && due(code, pc)) {
                specializeUnpackSequence(codeObj, instr, v, arg, spec!);
              }
              sp = unpackSequence(v, arg, fast, sp);
              pc += C_UNPACK_SEQUENCE;
              break;
            }

            case 74: { // UNPACK_EX
              const v = fast[--sp]!;
              sp = unpackEx(v, arg & 0xff, arg >>> 8, fast, sp);
              break;
            }

            case 75: { // FORMAT_SIMPLE
              const v = fast[sp - 1]!;
              if (typeof v !== "string") fast[sp - 1] = format(v, "");
              break;
            }

            case 76: { // FORMAT_WITH_SPEC
              const spec = fast[--sp]!;
              fast[sp - 1] = formatWithSpec(fast[sp - 1]!, spec);
              break;
            }

            case 77: // CONVERT_VALUE
              fast[sp - 1] = convertValue(fast[sp - 1]!, arg);
              break;

            case 78: { // LOAD_BUILD_CLASS
              const bc = builtins.getStr("__build_class__");
              if (bc === undefined) raise("NameError", "__build_class__ not found");
              fast[sp++] = bc;
              break;
            }

            case 79: { // IMPORT_NAME
              const fromlist = fast[--sp]!;
              fast[sp - 1] = importName(vm, names[arg], fromlist, fast[sp - 1]!);
              break;
            }

            case 80: // IMPORT_FROM
              fast[sp] = importFrom(vm, fast[sp - 1]!, names[arg]);
              sp++;
              break;

            case 81: { // RAISE_VARARGS
              if (arg === 0) {
                const exc = vm.handledException();
                if (exc === None) raise("RuntimeError", "No active exception to reraise");
                rethrow(exc);
              }
              if (arg === 1) throw doRaise(fast[--sp]!, undefined);
              sp -= 2;
              throw doRaise(fast[sp]!, fast[sp + 1]!);
            }

            case 82: { // RERAISE
              const exc = fast[--sp]!;
              // The lasti pushed by the handler becomes the frame's again.
              rethrow(exc, arg > 0 ? fast[sp - arg] as number : -1);
              break;
            }

            case 83: { // PUSH_EXC_INFO
              const exc = fast[sp - 1]!;
              fast[sp - 1] = vm.excInfo.value;
              fast[sp++] = exc;
              vm.excInfo.value = exc;
              break;
            }

            case 84: // POP_EXCEPT
              vm.excInfo.value = fast[--sp]!;
              break;

            case 85: // CHECK_EXC_MATCH
              fast[sp - 1] = checkExcMatch(fast[sp - 2]!, fast[sp - 1]!);
              break;

            case 86: // WITH_EXCEPT_START
              fast[sp] = withExceptStart(fast[sp - 4]!, fast[sp - 1]!);
              sp++;
              break;

            case 87: { // BEFORE_WITH
              const mgr = fast[--sp]!;
              sp = beforeWith(mgr, fast, sp);
              break;
            }

            case 88: // LOAD_ASSERTION_ERROR
              fast[sp++] = T.AssertionError;
              break;

            case 89: { // RETURN_GENERATOR
              // Calls make generators without running the frame (see CALL); a
              // frame that does start here returns its generator to its caller.
              const done = frame;
              vm.depth = exitDepth(done);
              done.pc = pc;
              done.lasti = instr;
              done.sp = sp;
              const back = done.back;
              done.back = null;
              const g = new PyGenerator(vm, done);
              if (done.returnKind === RETURN_TO_HOST || back === null) {
                vm.frame = back;
                return g;
              }
              frame = back;
              vm.frame = frame;
              frame.fast[frame.sp++] = g;
              continue reload;
            }

            case 90: { // YIELD_VALUE
              const v = fast[--sp]!;
              const done = frame;
              done.pc = pc;
              done.sp = sp;
              done.lasti = instr;
              vm.depth = exitDepth(done);
              leaveGenerator(vm, done.gen!, false);
              const back = done.back;
              done.back = null;
              if (done.returnKind === RETURN_TO_HOST || back === null) {
                vm.frame = back;
                return v;
              }
              frame = back;
              vm.frame = frame;
              frame.fast[frame.sp++] = v;
              continue reload;
            }

            case 91: { // SEND
              const v = fast[sp - 1]!;
              const receiver = fast[sp - 2]!;
              if (receiver instanceof PyGenerator && receiver.state < GEN_RUNNING) {
                // CPython 3.14 bytecodes.c: SEND_GEN, resuming the generator in this loop.
                if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
                frame.pc = pc + C_SEND;
                frame.sp = sp - 1;
                frame.lasti = instr;
                frame.genReturnPc = pc + C_SEND + arg;
                const gf = receiver.frame!;
                gf.fast[gf.sp++] = v;
                gf.back = frame;
                gf.returnKind = RETURN_TO_CALL;
                gf.depth = ++vm.depth;
                enterGenerator(vm, receiver);
                vm.frame = gf;
                frame = gf;
                continue reload;
              }
              if (receiver instanceof PyGenerator && receiver.state === GEN_RUNNING) {
                raise("ValueError", "generator already executing");
              }
              frame.lasti = instr;
              const r = receiver instanceof PyGenerator ? undefined : sendNonGenerator(receiver, v);
              if (r === undefined) {
                fast[sp - 1] = receiver instanceof PyGenerator ? None : stopValue;
                pc += C_SEND + arg;
              } else {
                fast[sp - 1] = r;
                pc += C_SEND;
              }
              break;
            }

            case 92: // END_SEND
              sp--;
              fast[sp - 1] = fast[sp];
              break;

            case 93: // GET_YIELD_FROM_ITER
              fast[sp - 1] = yieldFromIter(fast[sp - 1]!);
              break;

            case 94: { // CLEANUP_THROW
              const exc = fast[sp - 1]!;
              if (exc instanceof PyBaseException && exc.cls.mro.includes(T.StopIteration)) {
                sp -= 3;
                fast[sp++] = None;
                fast[sp++] = exc.members?.value ?? None;
                break;
              }
              rethrow(exc);
              break;
            }

            case 95: { // SETUP_ANNOTATIONS
              const locals = frame.locals;
              if (locals === null) {
                systemError("no locals found when setting up annotations");
              }
              if (locals instanceof PyDict) {
                if (locals.getStr("__annotations__") === undefined) {
                  locals.setStr("__annotations__", new PyDict());
                }
              } else {
                try {
                  getItem(locals, "__annotations__");
                } catch (e) {
                  if (!(e instanceof PyThrow)) throw e;
                  setItem(locals, "__annotations__", new PyDict());
                }
              }
              break;
            }

            // -- Tier 1: specialized forms (written by vm/specialize.ts). Each checks its
            // guards before touching the stack; a failed guard deoptimizes the instruction
            // and runs it again, generic, from its first unit.

            case 128: // BINARY_OP_ADD_INT
            case 129: // BINARY_OP_SUBTRACT_INT
            case 130: { // BINARY_OP_MULTIPLY_INT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              if (typeof a !== "number" || typeof b !== "number") {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = op === 128 ? a + b : op === 129 ? a - b : a * b;
              sp--;
              // Past 2**53 the result is a big int, made exactly by the generic operator.
              fast[sp - 1] = r <= MAX_SAFE && r >= -MAX_SAFE
                ? (r === 0 ? 0 : r)
                : binaryOp(a, b, arg);
              pc += C_BINARY_OP;
              break;
            }

            case 131: // BINARY_OP_ADD_FLOAT
            case 132: // BINARY_OP_SUBTRACT_FLOAT
            case 133: { // BINARY_OP_MULTIPLY_FLOAT
              const b = fast[sp - 1] as PyFloat;
              const a = fast[sp - 2] as PyFloat;
              if (
                (a as PyFloat).cls !== FLOAT || (b as PyFloat).cls !== FLOAT
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const x = a.value;
              const y = b.value;
              sp--;
              fast[sp - 1] = new PyFloat(op === 131 ? x + y : op === 132 ? x - y : x * y, FLOAT);
              pc += C_BINARY_OP;
              break;
            }

            case 134: { // BINARY_OP_ADD_UNICODE
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              if (typeof a !== "string" || typeof b !== "string") {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = a + b;
              pc += C_BINARY_OP;
              break;
            }

            case 135: { // BINARY_OP_SUBSCR_LIST_INT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2] as PyList;
              // The generic strategy reads its JS array; native storage its own accessor.
              let v: PyObject | undefined;
              if (a.cls === LIST && typeof b === "number") {
                const native = a.native;
                if (native === null) {
                  const items = a.generic;
                  const i = b < 0 ? b + items.length : b;
                  if (i >= 0 && i < items.length) v = items[i];
                } else {
                  const i = b < 0 ? b + native.length : b;
                  if (i >= 0 && i < native.length) v = native.get(i);
                }
              }
              if (v === undefined) {
                // Out of range too: the generic form raises the IndexError.
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = v;
              pc += C_BINARY_OP;
              break;
            }

            case 136: { // BINARY_OP_SUBSCR_TUPLE_INT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2] as PyTuple;
              const items = a.cls === TUPLE ? a.items : null;
              const i = typeof b === "number" && items !== null && b < 0 ? b + items.length : b;
              if (items === null || typeof i !== "number" || i < 0 || i >= items.length) {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = items[i];
              pc += C_BINARY_OP;
              break;
            }

            case 137: { // BINARY_OP_SUBSCR_STR_INT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              if (typeof a !== "string" || typeof b !== "number") {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 2] = strIndex(a, b);
              sp--;
              pc += C_BINARY_OP;
              break;
            }

            case 138: { // BINARY_OP_SUBSCR_DICT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2] as PyDict;
              if ((a as PyDict).cls !== DICT) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 2] = a.getItem(b);
              sp--;
              pc += C_BINARY_OP;
              break;
            }

            case 139: { // COMPARE_OP_INT
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              if (typeof a !== "number" || typeof b !== "number") {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = compareNumbers(a, b, arg >>> 5);
              pc += C_COMPARE_OP;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp -= 2;
                pc = to;
                break;
              }
              fast[--sp - 1] = r;
              break;
            }

            case 140: { // COMPARE_OP_FLOAT
              const b = fast[sp - 1] as PyFloat;
              const a = fast[sp - 2] as PyFloat;
              if (
                (a as PyFloat).cls !== FLOAT || (b as PyFloat).cls !== FLOAT
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = compareNumbers(a.value, b.value, arg >>> 5);
              pc += C_COMPARE_OP;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp -= 2;
                pc = to;
                break;
              }
              fast[--sp - 1] = r;
              break;
            }

            case 141: { // COMPARE_OP_STR
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              if (typeof a !== "string" || typeof b !== "string") {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = (a === b) === (arg >>> 5 === 2);
              pc += C_COMPARE_OP;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp -= 2;
                pc = to;
                break;
              }
              fast[--sp - 1] = r;
              break;
            }

            case 142: { // CONTAINS_OP_SET
              const c = fast[sp - 1] as PySet;
              const cls = (c as PySet).cls;
              if (cls !== SET && cls !== FROZENSET) {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = setContains(c, fast[sp - 1]!) !== (arg === 1);
              pc += C_CONTAINS_OP;
              break;
            }

            case 143: { // CONTAINS_OP_DICT
              const c = fast[sp - 1] as PyDict;
              if ((c as PyDict).cls !== DICT) {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = c.has(fast[sp - 1]!) !== (arg === 1);
              pc += C_CONTAINS_OP;
              break;
            }

            case 144: { // LOAD_ATTR_INSTANCE_VALUE
              const owner = fast[sp - 1] as PyInstance;
              if (
                (owner as PyInstance).shape !== refs[instr] ||
                (owner as PyInstance).cls.version !== code[instr + 2]
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = owner.values[code[instr + 4]];
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_ATTR;
              break;
            }

            case 145: { // LOAD_ATTR_MODULE
              const owner = fast[sp - 1]!;
              if (
                !(owner instanceof PyModule) ||
                (owner.dict as PyDict).table.keysTag !== code[instr + 3]
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = (refs[instr] as DictEntry<PyObject, PyObject>).value;
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_ATTR;
              break;
            }

            case 146: { // LOAD_ATTR_CLASS
              const owner = fast[sp - 1] as PyType;
              if ((owner as PyType).cls !== TYPE || (owner as PyType).version !== code[instr + 2]) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = refs[instr] as PyObject;
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_ATTR;
              break;
            }

            case 147: { // LOAD_ATTR_METHOD_WITH_VALUES
              const owner = fast[sp - 1] as PyInstance;
              if (
                (owner as PyInstance).shape !== refs[instr] ||
                (owner as PyInstance).cls.version !== code[instr + 2]
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = refs[instr + 1] as PyFunction;
              fast[sp++] = owner;
              pc += C_LOAD_ATTR;
              break;
            }

            case 148: { // LOAD_ATTR_METHOD_NO_DICT
              const owner = fast[sp - 1]!;
              if (typeOf(owner) !== refs[instr]) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = refs[instr + 1] as PyMethodDescriptor;
              fast[sp++] = owner;
              pc += C_LOAD_ATTR;
              break;
            }

            case 149: { // LOAD_ATTR_PROPERTY
              const owner = fast[sp - 1]!;
              const fget = refs[instr + 1] as PyFunction;
              // The getter's code too: `__code__` can be replaced by one with other parameters.
              if (
                !(owner instanceof PyInstance) || owner.cls.version !== code[instr + 2] ||
                fget.code !== refs[instr]
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
              const nf = acquireFrame(fget, fget.code, fget.globals, builtins, null);
              nf.fast[0] = owner;
              // The getter's return value lands where the owner was.
              frame = pushFrame(vm, frame, nf, pc + C_LOAD_ATTR, sp - 1, instr);
              continue reload;
            }

            case 150: { // LOAD_ATTR_SLOT
              const owner = fast[sp - 1]!;
              const v = owner instanceof PyInstance && owner.cls.version === code[instr + 2]
                ? owner.slots![code[instr + 4]]
                : undefined;
              if (v === undefined) {
                // An unset slot too: the generic form raises the AttributeError.
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = v;
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_ATTR;
              break;
            }

            case 151: { // STORE_ATTR_INSTANCE_VALUE
              const owner = fast[sp - 1] as PyInstance;
              const before = refs[instr];
              if (
                !(owner instanceof PyInstance) || owner.cls.version !== code[instr + 2] ||
                owner.shape !== before
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const after = refs[instr + 1] as Shape;
              if (after === before) owner.values[code[instr + 3]] = fast[sp - 2]!;
              else {
                owner.values.push(fast[sp - 2]!);
                owner.shape = after;
              }
              sp -= 2;
              pc += C_STORE_ATTR;
              break;
            }

            case 152: { // STORE_ATTR_SLOT
              const owner = fast[sp - 1]!;
              if (!(owner instanceof PyInstance) || owner.cls.version !== code[instr + 2]) {
                op = miss(op, spec!);
                continue dispatch;
              }
              owner.slots![code[instr + 3]] = fast[sp - 2]!;
              sp -= 2;
              pc += C_STORE_ATTR;
              break;
            }

            case 153: // LOAD_GLOBAL_MODULE
            case 154: { // LOAD_GLOBAL_BUILTIN
              if (
                (globals as PyDict).table.keysTag !== code[instr + 2] ||
                ((unit & 0xff) === 154 && (builtins as PyDict).table.keysTag !== code[instr + 3])
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp++] = (refs[instr] as DictEntry<PyObject, PyObject>).value;
              if (arg & 1) fast[sp++] = undefined;
              pc += C_LOAD_GLOBAL;
              break;
            }

            case 155: // CALL_PY_EXACT_ARGS
            case 156: // CALL_BOUND_METHOD_EXACT_ARGS
            case 184: { // CALL_PY_WITH_DEFAULTS
              const base = sp - arg - 2;
              let callable = fast[base] as PyFunction;
              let self = fast[base + 1];
              if (op === 156) {
                const method = callable as unknown as PyMethod;
                if (method.cls !== METHOD || self !== undefined) {
                  op = miss(op, spec!);
                  continue dispatch;
                }
                self = method.self;
                callable = method.func as PyFunction;
              }
              const nargs = self === undefined ? arg : arg + 1;
              const argcount = callable.code?.co_argcount;
              // With defaults (CPython 3.11's CALL_PY_WITH_DEFAULTS), they fill in the rest.
              const defaults = op === 184 ? callable.defaults : null;
              if (
                callable.cls !== FUNCTION || callable.code !== refs[instr] ||
                (op === 184
                  ? self !== undefined || defaults === null || nargs >= argcount ||
                    nargs < argcount - defaults.length
                  : argcount !== nargs)
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
              if (self !== undefined) fast[base + 1] = self;
              const nf = acquireFrame(callable, callable.code, callable.globals, builtins, null);
              const dst = nf.fast;
              const start = sp - nargs;
              for (let i = 0; i < nargs; i++) dst[i] = fast[start + i];
              if (defaults !== null) {
                for (let i = nargs, d = defaults.length - argcount; i < argcount; i++) {
                  dst[i] = defaults[d + i];
                }
              }
              pc += C_CALL;
              if (nf.info.isGenerator) {
                // A generator function's call makes the generator; its frame runs later.
                fast[base] = newGenerator(vm, nf, code[pc]);
                sp = base + 1;
                break;
              }
              frame = pushFrame(vm, frame, nf, pc, base, instr);
              continue reload;
            }

            case 157: // CALL_BUILTIN_FAST
            case 158: // CALL_LEN
            case 159: // CALL_ISINSTANCE
            case 182: // CALL_METHOD_DESCRIPTOR_FAST
            case 183: { // CALL_BUILTIN_CLASS
              const base = sp - arg - 2;
              const callable = fast[base]!;
              const self = fast[base + 1];
              if (
                op === 182
                  ? callable !== refs[instr] || self === undefined ||
                    typeOf(self) !== (callable as PyMethodDescriptor).owner
                  : self !== undefined ||
                    callable !==
                      (op === 157 || op === 183 ? refs[instr] : op === 158 ? LEN : ISINSTANCE)
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              pc += C_CALL;
              frame.lasti = instr;
              enterNativeCall(vm);
              let r: PyObject;
              if (op === 158) r = lenObject(fast[sp - 1]!);
              else if (op === 159) r = isInstance(fast[sp - 2]!, fast[sp - 1]!);
              else {
                const args = fast.slice(base + 2, sp) as PyObject[];
                r = op === 182
                  ? (callable as PyMethodDescriptor).call(self!, args, null)
                  : op === 183
                  ? call(callable, args, null)
                  : (callable as PyBuiltinFunction).call(args, null);
              }
              vm.depth--;
              fast[base] = r;
              sp = base + 1;
              break;
            }

            case 160: { // CALL_LIST_APPEND
              const list = fast[sp - 2] as PyList;
              if (fast[sp - 3] !== LIST_APPEND || (list as PyList).cls !== LIST) {
                op = miss(op, spec!);
                continue dispatch;
              }
              if (list.native === null) list.generic.push(fast[sp - 1]!);
              else listAppend(list, fast[sp - 1]!);
              sp -= 2;
              fast[sp - 1] = None;
              pc += C_CALL;
              break;
            }

            case 161: { // CALL_ALLOC_AND_ENTER_INIT
              const base = sp - arg - 2;
              const cls = fast[base]!;
              const init = refs[instr] as PyFunction;
              if (
                !(cls instanceof PyType) || cls.version !== code[instr + 2] ||
                fast[base + 1] !== undefined || init.code !== refs[instr + 1]
              ) {
                op = miss(op, spec!);
                continue dispatch;
              }
              frame = enterInit(vm, frame, cls, init, pc + C_CALL, base, instr, arg, null);
              continue reload;
            }

            case 162: { // FOR_ITER_LIST
              const it = fast[sp - 1] as ListIterator;
              if (it.cls !== LIST_ITERATOR) {
                op = miss(op, spec!);
                continue dispatch;
              }
              // Direct field reads: this is the loop's hot path (no calls V8 may not inline).
              const seq = it.seq;
              let v: PyObject | undefined;
              if (seq !== null) {
                const native = seq.native;
                if (native === null) {
                  const items = seq.generic;
                  if (it.i < items.length) v = items[it.i++];
                } else if (it.i < native.length) v = native.get(it.i++);
              }
              if (v !== undefined) {
                fast[sp++] = v;
                pc += C_FOR_ITER;
              } else {
                it.seq = null;
                sp--;
                pc += C_FOR_ITER + arg + 1;
              }
              break;
            }

            case 163: { // FOR_ITER_TUPLE
              const it = fast[sp - 1] as TupleIterator;
              if (it.cls !== TUPLE_ITERATOR) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const seq = it.seq;
              if (seq !== null && it.i < seq.items.length) {
                fast[sp++] = seq.items[it.i++];
                pc += C_FOR_ITER;
              } else {
                it.seq = null;
                sp--;
                pc += C_FOR_ITER + arg + 1;
              }
              break;
            }

            case 164: { // FOR_ITER_RANGE
              const it = fast[sp - 1] as RangeIterator;
              if ((it as RangeIterator).cls !== RANGE_ITERATOR) {
                op = miss(op, spec!);
                continue dispatch;
              }
              if (it.remaining > 0) {
                it.remaining--;
                const v = it.next_;
                it.next_ = v + it.step;
                fast[sp++] = v;
                pc += C_FOR_ITER;
              } else {
                sp--;
                pc += C_FOR_ITER + arg + 1;
              }
              break;
            }

            case 165: { // FOR_ITER_GEN
              const it = fast[sp - 1]!;
              if (!(it instanceof PyGenerator) || it.state >= GEN_RUNNING) {
                op = miss(op, spec!);
                continue dispatch;
              }
              frame = resumeInLoop(vm, frame, it, pc, sp, instr, arg);
              continue reload;
            }

            case 166: { // UNPACK_SEQUENCE_TWO_TUPLE
              const v = fast[sp - 1] as PyTuple;
              if ((v as PyTuple).cls !== TUPLE || (v as PyTuple).items.length !== 2) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = v.items[1];
              fast[sp++] = v.items[0];
              pc += C_UNPACK_SEQUENCE;
              break;
            }

            case 167: { // UNPACK_SEQUENCE_TUPLE
              const v = fast[sp - 1] as PyTuple;
              if (v.cls !== TUPLE || v.items.length !== arg) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const items = v.items;
              sp--;
              for (let i = arg - 1; i >= 0; i--) fast[sp++] = items[i];
              pc += C_UNPACK_SEQUENCE;
              break;
            }

            case 168: { // UNPACK_SEQUENCE_LIST
              const v = fast[sp - 1] as PyList;
              // A list with native storage is read item by item, and keeps it.
              const native = v.cls === LIST ? v.native : null;
              const n = v.cls !== LIST ? -1 : native === null ? v.generic.length : native.length;
              if (n !== arg) {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              if (native === null) {
                const items = v.generic;
                for (let i = arg - 1; i >= 0; i--) fast[sp++] = items[i];
              } else for (let i = arg - 1; i >= 0; i--) fast[sp++] = native.get(i);
              pc += C_UNPACK_SEQUENCE;
              break;
            }

            case 169: { // STORE_SUBSCR_LIST_INT
              const container = fast[sp - 2] as PyList;
              const sub = fast[sp - 1]!;
              if (container.cls === LIST && typeof sub === "number") {
                const native = container.native;
                if (native === null) {
                  const items = container.generic;
                  const i = sub < 0 ? sub + items.length : sub;
                  if (i >= 0 && i < items.length) {
                    items[i] = fast[sp - 3]!;
                    sp -= 3;
                    pc += C_STORE_SUBSCR;
                    break;
                  }
                } else {
                  const i = sub < 0 ? sub + native.length : sub;
                  if (i >= 0 && i < native.length) {
                    setListItem(container, i, fast[sp - 3]!);
                    sp -= 3;
                    pc += C_STORE_SUBSCR;
                    break;
                  }
                }
              }
              op = miss(op, spec!);
              continue dispatch;
            }

            case 170: { // STORE_SUBSCR_DICT
              const container = fast[sp - 2] as PyDict;
              if ((container as PyDict).cls !== DICT) {
                op = miss(op, spec!);
                continue dispatch;
              }
              container.set(fast[sp - 1]!, fast[sp - 3]!);
              sp -= 3;
              pc += C_STORE_SUBSCR;
              break;
            }

            case 177: // LOAD_FAST__LOAD_FAST
              fast[sp++] = fast[arg];
              fast[sp++] = fast[code[pc++] >>> 8];
              break;

            case 178: // LOAD_FAST__LOAD_CONST
              fast[sp++] = fast[arg];
              fast[sp++] = consts[code[pc++] >>> 8];
              break;

            case 179: // LOAD_CONST__LOAD_FAST
              fast[sp++] = consts[arg];
              fast[sp++] = fast[code[pc++] >>> 8];
              break;

            case 180: // STORE_FAST__LOAD_FAST
              fast[arg] = fast[--sp];
              fast[sp++] = fast[code[pc++] >>> 8];
              break;

            case 181: // STORE_FAST__STORE_FAST
              fast[arg] = fast[--sp];
              fast[code[pc++] >>> 8] = fast[--sp];
              break;

            case 176: { // BINARY_OP_EXTEND
              // The descriptor's guard and operation, inline (vm/specialize.ts EXTENSIONS).
              const b = fast[sp - 1]!;
              const a = fast[sp - 2]!;
              const x = (a as PyFloat).cls === FLOAT ? (a as PyFloat).value : a;
              const y = (b as PyFloat).cls === FLOAT ? (b as PyFloat).value : b;
              let r: PyObject | undefined;
              if (typeof x === "number" && typeof y === "number") {
                const af = a !== x;
                const bf = b !== y;
                switch ((refs[instr] as BinaryOpExtension).kind) {
                  case EXT_FLOAT_ADD_INT:
                    if (af && !bf) r = new PyFloat(x + y, FLOAT);
                    break;
                  case EXT_INT_ADD_FLOAT:
                    if (!af && bf) r = new PyFloat(x + y, FLOAT);
                    break;
                  case EXT_FLOAT_SUB_INT:
                    if (af && !bf) r = new PyFloat(x - y, FLOAT);
                    break;
                  case EXT_INT_SUB_FLOAT:
                    if (!af && bf) r = new PyFloat(x - y, FLOAT);
                    break;
                  case EXT_FLOAT_MUL_INT:
                    if (af && !bf) r = new PyFloat(x * y, FLOAT);
                    break;
                  case EXT_INT_MUL_FLOAT:
                    if (!af && bf) r = new PyFloat(x * y, FLOAT);
                    break;
                  case EXT_FLOAT_DIV_FLOAT:
                    if (af && bf && y !== 0) r = new PyFloat(x / y, FLOAT);
                    break;
                  case EXT_FLOAT_DIV_INT:
                    if (af && !bf && y !== 0) r = new PyFloat(x / y, FLOAT);
                    break;
                  case EXT_INT_DIV_FLOAT:
                    if (!af && bf && y !== 0) r = new PyFloat(x / y, FLOAT);
                    break;
                  case EXT_INT_DIV_INT:
                    if (!af && !bf && y !== 0) r = new PyFloat(x / y, FLOAT);
                    break;
                  case EXT_INT_FLOORDIV_INT:
                    // `+ 0` turns -0 into 0.
                    if (!af && !bf && (x | 0) === x && (y | 0) === y && y !== 0) {
                      r = Math.floor(x / y) + 0;
                    }
                    break;
                  case EXT_INT_MOD_INT:
                    if (!af && !bf && (x | 0) === x && (y | 0) === y && y !== 0) {
                      const m = x % y;
                      // Python's remainder takes the divisor's sign.
                      r = m !== 0 && (m < 0) !== (y < 0) ? m + y : m + 0;
                    }
                    break;
                  case EXT_INT_AND_INT:
                    if (!af && !bf && (x | 0) === x && (y | 0) === y) r = x & y;
                    break;
                  case EXT_INT_OR_INT:
                    if (!af && !bf && (x | 0) === x && (y | 0) === y) r = x | y;
                    break;
                  case EXT_INT_XOR_INT:
                    if (!af && !bf && (x | 0) === x && (y | 0) === y) r = x ^ y;
                    break;
                  case EXT_INT_RSHIFT_INT:
                    if (!af && !bf && (x | 0) === x && y >= 0 && y < 32 && (y | 0) === y) {
                      r = x >> y;
                    }
                    break;
                }
              }
              if (r === undefined) {
                op = miss(op, spec!);
                continue dispatch;
              }
              sp--;
              fast[sp - 1] = r;
              pc += C_BINARY_OP;
              break;
            }

            case 171: { // TO_BOOL_BOOL
              const v = fast[sp - 1];
              if (typeof v !== "boolean") {
                op = miss(op, spec!);
                continue dispatch;
              }
              pc += C_TO_BOOL;
              const to = fusedJump(code, pc, v, executed, tier2 !== null);
              if (to >= 0) {
                sp--;
                pc = to;
              }
              break;
            }

            case 172: { // TO_BOOL_INT
              const v = fast[sp - 1];
              if (typeof v !== "number") {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = v !== 0;
              pc += C_TO_BOOL;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp--;
                pc = to;
                break;
              }
              fast[sp - 1] = r;
              break;
            }

            case 173: { // TO_BOOL_LIST
              const v = fast[sp - 1] as PyList;
              if ((v as PyList).cls !== LIST) {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = (v.native === null ? v.generic.length : v.native.length) !== 0;
              pc += C_TO_BOOL;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp--;
                pc = to;
                break;
              }
              fast[sp - 1] = r;
              break;
            }

            case 174: // TO_BOOL_NONE
              if (fast[sp - 1] !== None) {
                op = miss(op, spec!);
                continue dispatch;
              }
              fast[sp - 1] = false;
              pc += C_TO_BOOL;
              break;

            case 175: { // TO_BOOL_STR
              const v = fast[sp - 1];
              if (typeof v !== "string") {
                op = miss(op, spec!);
                continue dispatch;
              }
              const r = v.length !== 0;
              pc += C_TO_BOOL;
              const to = fusedJump(code, pc, r, executed, tier2 !== null);
              if (to >= 0) {
                sp--;
                pc = to;
                break;
              }
              fast[sp - 1] = r;
              break;
            }

            default:
              throw new Error(
                `Cannot execute opcode ${
                  unit & 0xff
                } at unit ${instr} of ${frame.code.co_qualname}: not an instruction`,
              );
          }
          break;
        }
      }
    } catch (e) {
      if (e instanceof ExecutorThrow) {
        // The executor left the raising frame current, with where it raised.
        frame = vm.frame!;
        frame = unwind(vm, frame, e.error, frame.lasti, frame.sp);
      } else frame = unwind(vm, frame, e, instr, sp);
      continue reload;
    }
  }
}

/**
 * The generator of a call to a generator function. When the call's result
 * goes straight into GET_ITER (`for x in gen():`), the `for` loop holds its
 * only reference, and dropping it early closes the generator, as CPython's
 * reference counting does.
 */
function newGenerator(vm: Vm, frame: Frame, nextUnit: number): PyGenerator {
  const g = makeGenerator(vm, frame);
  if ((nextUnit & 0xff) === Op.GET_ITER) g.loopOwned = true;
  return g;
}

/**
 * The VM's depth once `frame` stops running: its caller's, or, for a frame
 * entered from TypeScript, the depth before `runFrame` (which may count a
 * native call the caller's frame does not).
 */
function exitDepth(frame: Frame): number {
  if (frame.returnKind === RETURN_TO_HOST) return frame.depth - 1;
  return frame.back === null ? 0 : frame.back.depth;
}

/** Suspends `caller` at `pc` with `sp` (its instruction `instr`) and runs `callee`. */
function pushFrame(
  vm: Vm,
  caller: Frame,
  callee: Frame,
  pc: number,
  sp: number,
  instr: number,
): Frame {
  caller.pc = pc;
  caller.sp = sp;
  caller.lasti = instr;
  callee.back = caller;
  callee.depth = ++vm.depth;
  vm.frame = callee;
  return callee;
}

/** FOR_ITER over a generator: resumes its frame in this loop (CPython 3.14 FOR_ITER_GEN). */
function resumeInLoop(
  vm: Vm,
  frame: Frame,
  it: PyGenerator,
  pc: number,
  sp: number,
  instr: number,
  arg: number,
): Frame {
  if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
  frame.pc = pc + C_FOR_ITER;
  frame.sp = sp;
  frame.lasti = instr;
  // If it returns: the value lands on END_FOR, which pops it and the iterator.
  frame.genReturnPc = pc + C_FOR_ITER + arg;
  const gf = it.frame!;
  gf.fast[gf.sp++] = None;
  gf.back = frame;
  gf.returnKind = RETURN_TO_CALL;
  gf.depth = ++vm.depth;
  enterGenerator(vm, it);
  vm.frame = gf;
  return gf;
}

/**
 * A call of a class with object.__new__ and a Python __init__ (CPython 3.13
 * CALL_ALLOC_AND_ENTER_INIT): allocates the instance into the self slot at
 * `base + 1` and runs `__init__`, whose frame returns the instance.
 */
function enterInit(
  vm: Vm,
  frame: Frame,
  cls: PyType,
  init: PyFunction,
  pc: number,
  base: number,
  instr: number,
  nargs: number,
  kwnames: readonly string[] | null,
): Frame {
  // Counted as CPython 3.11 counts its type call through C, then the frame.
  enterNativeCall(vm);
  vm.depth--;
  if (vm.depth + nativeRecursionDepth() + 2 > vm.recursionLimit) throw recursionError();
  const obj = new PyInstance(cls);
  const fast = frame.fast;
  fast[base + 1] = obj;
  const nf = acquireFrame(init, init.code, init.globals, frame.builtins, null);
  bindArgs(init, nf.fast, fast, base + 1, nargs + 1, kwnames);
  frame.pc = pc;
  frame.sp = base;
  frame.lasti = instr;
  nf.back = frame;
  nf.returnKind = RETURN_INIT;
  nf.initSelf = obj;
  nf.depth = vm.depth += 2;
  vm.frame = nf;
  return nf;
}

/**
 * A comparison or TO_BOOL form followed by POP_JUMP_IF_FALSE/TRUE takes the
 * jump itself (CPython 3.12's COMPARE_AND_BRANCH): the unit after the jump, or
 * its target; -1 when no conditional jump follows. The jump keeps its own unit,
 * so code that jumps to it still runs it, and it is counted as executed.
 */
function fusedJump(
  code: Uint32Array,
  pc: number,
  v: boolean,
  executed: Float64Array | null,
  history: boolean,
): number {
  const next = code[pc];
  const op = next & 0xff;
  if (op !== POP_JUMP_IF_FALSE && op !== POP_JUMP_IF_TRUE) return -1;
  if (executed !== null) executed[op]++;
  const jump = (op === POP_JUMP_IF_FALSE) !== v;
  if (history) recordBranch(code, pc + 1, jump);
  return pc + 1 + C_POP_JUMP + (jump ? next >>> 8 : 0);
}

/**
 * ENTER_EXECUTOR: runs tier 2's executor from the loop head, or restores the
 * JUMP_BACKWARD when the executor was invalidated. Returns the frame tier 1
 * continues in, its `pc` and `sp` set. On an exception, the frame that
 * raised (an inlined callee's, when the trace inlined calls) is made current
 * with its `lasti` and `sp` set, so the loop's `catch` unwinds from there.
 */
function enterExecutor(
  vm: Vm,
  frame: Frame,
  instr: number,
  pc: number,
  sp: number,
  arg: number,
): Frame {
  const code = frame.code.co_code;
  const executor = frame.code.executors[arg];
  frame.pc = pc + C_JUMP_BACKWARD - executor.jumpArg;
  frame.sp = sp;
  frame.lasti = instr;
  if (!executor.valid) {
    code[instr] = Op.JUMP_BACKWARD | (executor.jumpArg << 8);
    vm.tier2!.restored(frame, instr, executor);
    return frame;
  }
  try {
    return vm.tier2!.run(vm, frame, executor);
  } catch (e) {
    throw new ExecutorThrow(e);
  }
}

/** An exception from inside an executor, to be unwound from `vm.frame` (`enterExecutor`). */
class ExecutorThrow {
  constructor(readonly error: unknown) {}
}

/**
 * Shifts a branch's direction into its cache unit (`branch_history`, the
 * last 16 outcomes, 1 for jumped), so that tier 2 projects a trace along the
 * side the branch mostly takes (CPython 3.13's `_Py_BRANCH_HISTORY`).
 */
function recordBranch(code: Uint32Array, cache: number, jumped: boolean): void {
  code[cache] = ((code[cache] << 1) | (jumped ? 1 : 0)) & 0xffff;
}

function typeOfName(v: PyObject): string {
  if (v instanceof PyFloat) return "float";
  return typeof v === "number" || typeof v === "bigint"
    ? "int"
    : typeof v === "boolean"
    ? "bool"
    : typeof v === "string"
    ? "str"
    : (v as { cls: PyType }).cls.name;
}

/** `hooks.callFunction`: a call of a Python function from TypeScript. */
export function callFunction(
  fn: PyFunction,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  const vm = Vm.current!;
  const frame = acquireFrame(fn, fn.code, fn.globals, vm.builtins, null);
  bindArgs(fn, frame.fast, args, 0, args.length, kwnames);
  if (frame.info.isGenerator) return makeGenerator(vm, frame);
  return runFrame(vm, frame, null);
}

/**
 * `hooks.superArgs`: `super()` without arguments (CPython 3.11
 * typeobject.c super_init_without_args): the `__class__` cell and the
 * first argument of the calling frame.
 */
export function superArgs(): [PyType, PyObject] {
  const frame = Vm.current!.frame;
  if (frame === null) raise("RuntimeError", "super(): no current frame");
  const code = frame.code;
  if (code.co_argcount === 0) raise("RuntimeError", "super(): no arguments");
  let first = frame.fast[0];
  if (first instanceof PyCell && (code.co_localspluskinds[0] & 0x40) !== 0) first = first.value;
  if (first === undefined) raise("RuntimeError", "super(): arg[0] deleted");
  const slot = codeInfo(code).classCell;
  if (slot < 0) raise("RuntimeError", "super(): __class__ cell not found");
  const cell = frame.fast[slot];
  const cls = cell instanceof PyCell ? cell.value : undefined;
  if (cls === undefined) raise("RuntimeError", "super(): empty __class__ cell");
  if (!(cls instanceof PyType)) {
    raise("RuntimeError", `super(): __class__ is not a type (${typeOfName(cls)})`);
  }
  return [cls, first];
}
