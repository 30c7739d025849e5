/**
 * The slow paths of the tier-0 loop (`vm/interp.ts`): instructions whose
 * work is too large or too rare to inline in the dispatch `switch`, each
 * following the CPython handler it names. They never change the loop's
 * frame; those that push several values write `fast` at `sp` and return the
 * new stack pointer.
 *
 * @module
 */
import { FAST } from "./code.ts";
import {
  PyCell,
  PyFunction,
  PyHeap,
  PyInstance,
  PyList,
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
  ascii,
  call,
  format,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  iterNext,
  loadMethod,
  materialize,
  nativeRecursionDepth,
  None,
  type PyCode,
  repr,
  setItem,
  str,
  toArray,
  unaryPositive,
} from "./abstract.ts";
import { isSubtype, strOf, typeLookup, typeName } from "./core.ts";
import { descrGet, storeGet } from "./attrs.ts";
import { callMethod } from "./calls.ts";
import { makeException, nameError, PyBaseException, throwMatches } from "./exceptions.ts";
import { PyDict } from "./dict.ts";
import { PyIter } from "./descriptors.ts";
import { listToTuple } from "./tuple.ts";
import { newSuper } from "./classes.ts";
import { CO } from "./code.ts";
import {
  INTRINSIC_IMPORT_STAR,
  INTRINSIC_LIST_TO_TUPLE,
  INTRINSIC_STOPITERATION_ERROR,
  INTRINSIC_UNARY_POSITIVE,
} from "./opcodes.ts";
import type { Frame } from "./frame.ts";
import type { Vm } from "./vm.ts";

/** Throws SystemError, an interpreter invariant broken by the program. */
export function systemError(message: string): never {
  throw new PyThrow(null, "SystemError", message);
}

// -- Names ------------------------------------------------------------------------------

const UNBOUND_LOCAL = (name: string) =>
  `cannot access local variable '${name}' where it is not associated with a value`;

// CPython 3.11 ceval.c format_exc_check_arg gives only NameError itself a
// `name`, so an UnboundLocalError never offers "Did you mean".
function unboundLocalError(name: string): PyThrow {
  return new PyThrow(null, "UnboundLocalError", UNBOUND_LOCAL(name));
}

/** UnboundLocalError for LOAD_FAST_CHECK and DELETE_FAST. */
export function unboundLocal(frame: Frame, slot: number): PyThrow {
  const name = frame.code.co_localsplusnames[slot];
  return unboundLocalError(name);
}

/** CPython 3.11 ceval.c format_exc_unbound: an empty cell or free variable. */
export function unboundDeref(frame: Frame, slot: number): PyThrow {
  const code = frame.code;
  const name = code.co_localsplusnames[slot];
  if (code.co_localspluskinds[slot] & FAST.FREE) {
    return nameError(
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      name,
    );
  }
  return unboundLocalError(name);
}

/** NameError: "name 'x' is not defined" (carrying the name, for "Did you mean"). */
export function nameNotDefined(name: string): PyThrow {
  return nameError(`name '${name}' is not defined`, name);
}

/** Looks a name up in a namespace that may be any mapping; undefined when absent. */
function mappingGet(ns: PyObject, name: string): PyObject | undefined {
  if (ns instanceof PyDict && ns.cls === T.dict) return ns.getStr(name);
  try {
    return getItem(ns, name);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.KeyError)) return undefined;
    throw e;
  }
}

/** LOAD_NAME: the frame's locals, then globals, then builtins. */
export function loadName(frame: Frame, name: string): PyObject {
  const locals = frame.locals;
  if (locals === null) systemError(`no locals when loading '${name}'`);
  const v = locals === frame.globals ? frame.globals.getStr(name) : mappingGet(locals, name);
  if (v !== undefined) return v;
  const g = frame.globals.getStr(name);
  if (g !== undefined) return g;
  const b = frame.builtins.getStr(name);
  if (b !== undefined) return b;
  throw nameNotDefined(name);
}

/** STORE_NAME. */
export function storeName(frame: Frame, name: string, v: PyObject): void {
  const locals = frame.locals;
  if (locals === null) systemError(`no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.cls === T.dict) locals.setStr(name, v);
  else setItem(locals, name, v);
}

/** DELETE_NAME. */
export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) systemError(`no locals when deleting '${name}'`);
  if (locals instanceof PyDict && locals.cls === T.dict) {
    if (!locals.deleteStr(name)) throw nameNotDefined(name);
    return;
  }
  try {
    call(getAttr(locals, "__delitem__"), [name], null);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.KeyError)) throw nameNotDefined(name);
    throw e;
  }
}

/** LOAD_FROM_DICT_OR_DEREF: a class body's namespace, else the cell. */
export function loadFromDictOrDeref(frame: Frame, mapping: PyObject, slot: number): PyObject {
  const name = frame.code.co_localsplusnames[slot];
  const v = mappingGet(mapping, name);
  if (v !== undefined) return v;
  const cell = frame.fast[slot] as PyCell;
  if (cell.value === undefined) throw unboundDeref(frame, slot);
  return cell.value;
}

/** `locals()` of a frame: its namespace, or a snapshot of its variables (CPython 3.11). */
export function localsOf(frame: Frame): PyObject {
  if (frame.locals !== null) return frame.locals;
  const d = new PyDict();
  const code = frame.code;
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = frame.fast[i];
    if (kinds[i] & (FAST.CELL | FAST.FREE) && v instanceof PyCell) v = v.value;
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

// -- Attributes -----------------------------------------------------------------------------

let objectGetAttribute: PyObject | undefined;
// `T` is a dictionary: read once.
const STR = T.str;

/**
 * LOAD_ATTR with the method bit (CPython 3.12 `_PyObject_GetMethod`):
 * writes `[function, self]` when `name` is a plain method of the type, else
 * `[attribute, NULL]`, at `fast[sp]`; returns the new stack pointer.
 */
export function loadMethodInto(
  obj: PyObject,
  name: string,
  fast: (PyObject | undefined)[],
  sp: number,
): number {
  if (obj instanceof PyHeap) {
    const tp = obj.cls;
    objectGetAttribute ??= T.object.dict.get("__getattribute__");
    const d = typeLookup(tp, name);
    if (d instanceof PyFunction || d instanceof PyMethodDescriptor) {
      if (tp.isBuiltin) {
        if (!(obj instanceof PyType) && typeLookup(tp, "__getattribute__") === objectGetAttribute) {
          fast[sp] = d;
          fast[sp + 1] = obj;
          return sp + 2;
        }
      } else if (
        obj instanceof PyInstance && typeLookup(tp, "__getattribute__") === objectGetAttribute
      ) {
        const own = storeGet(obj, name);
        if (own === undefined) {
          fast[sp] = d;
          fast[sp + 1] = obj;
          return sp + 2;
        }
        fast[sp] = own;
        fast[sp + 1] = undefined;
        return sp + 2;
      }
    }
  } else if (typeof obj === "string") {
    const d = typeLookup(STR, name);
    if (d instanceof PyMethodDescriptor) {
      fast[sp] = d;
      fast[sp + 1] = obj;
      return sp + 2;
    }
  }
  const [f, self] = loadMethod(obj, name);
  fast[sp] = f;
  fast[sp + 1] = self;
  return sp + 2;
}

/**
 * LOAD_SUPER_ATTR (CPython 3.12 bytecodes.c): `super(cls, self).name`,
 * found along the MRO without making a bound method when `method` is set.
 */
export function loadSuperAttr(
  globalSuper: PyObject,
  cls: PyObject,
  self: PyObject,
  name: string,
  method: boolean,
  twoArgs: boolean,
  fast: (PyObject | undefined)[],
  sp: number,
): number {
  if (globalSuper === T.super && cls instanceof PyType) {
    const s = newSuper(cls, self);
    const start = s.objType!;
    const mro = start.mro;
    let i = mro.indexOf(cls) + 1;
    if (i > 0) {
      for (; i < mro.length; i++) {
        const v = mro[i].dict.get(name);
        if (v === undefined) continue;
        if (
          method && (v instanceof PyFunction || v instanceof PyMethodDescriptor) && self !== start
        ) {
          fast[sp] = v;
          fast[sp + 1] = self;
          return sp + 2;
        }
        fast[sp] = descrGet(v, self === start ? undefined : self, start);
        fast[sp + 1] = undefined;
        return sp + 2;
      }
    }
    fast[sp] = getAttr(s, name);
    fast[sp + 1] = undefined;
    return sp + 2;
  }
  const s = call(globalSuper, twoArgs ? [cls, self] : [], null);
  if (method) return loadMethodInto(s, name, fast, sp);
  fast[sp] = getAttr(s, name);
  fast[sp + 1] = undefined;
  return sp + 2;
}

// -- Unpacking ----------------------------------------------------------------------------------

// CPython 3.11 ceval.c unpack_iterable: "cannot unpack non-iterable int object".
function iterForUnpack(v: PyObject): PyObject {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.TypeError)) {
      const tp = typeOf(v);
      if (typeLookup(tp, "__iter__") === undefined && typeLookup(tp, "__getitem__") === undefined) {
        raise("TypeError", `cannot unpack non-iterable ${tp.name} object`);
      }
    }
    throw e;
  }
}

/** UNPACK_SEQUENCE n: the items of `v`, the first on top. */
export function unpackSequence(
  v: PyObject,
  n: number,
  fast: (PyObject | undefined)[],
  sp: number,
): number {
  if ((v instanceof PyTuple && v.cls === T.tuple) || (v instanceof PyList && v.cls === T.list)) {
    const items = v.items;
    if (items.length === n) {
      for (let i = 0; i < n; i++) fast[sp + n - 1 - i] = items[i];
      return sp + n;
    }
    if (items.length < n) {
      raise("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    raise("ValueError", `too many values to unpack (expected ${n})`);
  }
  const it = iterForUnpack(v);
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) {
      raise("ValueError", `not enough values to unpack (expected ${n}, got ${i})`);
    }
    fast[sp + n - 1 - i] = x;
  }
  if (iterNext(it) !== undefined) raise("ValueError", `too many values to unpack (expected ${n})`);
  return sp + n;
}

/** UNPACK_EX: `before` items, a list of the rest, `after` items; the first on top. */
export function unpackEx(
  v: PyObject,
  before: number,
  after: number,
  fast: (PyObject | undefined)[],
  sp: number,
): number {
  const it = iterForUnpack(v);
  const items: PyObject[] = [];
  for (let i = 0; i < before; i++) {
    const x = iterNext(it);
    if (x === undefined) {
      raise(
        "ValueError",
        `not enough values to unpack (expected at least ${before + after}, got ${i})`,
      );
    }
    items.push(x);
  }
  const rest: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) rest.push(x);
  if (rest.length < after) {
    raise(
      "ValueError",
      `not enough values to unpack (expected at least ${before + after}, got ${
        before + rest.length
      })`,
    );
  }
  const tail = rest.splice(rest.length - after, after);
  const total = before + 1 + after;
  let k = sp + total - 1;
  for (const x of items) fast[k--] = x;
  fast[k--] = new PyList(rest);
  for (const x of tail) fast[k--] = x;
  return sp + total;
}

// -- Containers -----------------------------------------------------------------------------------

/** LIST_EXTEND: "Value after * must be an iterable, not int". */
export function listExtend(list: PyList, v: PyObject): void {
  if ((v instanceof PyList || v instanceof PyTuple) && (v.cls === T.list || v.cls === T.tuple)) {
    const src = v.items;
    const dst = list.items;
    for (let i = 0, n = src.length; i < n; i++) dst.push(src[i]);
    return;
  }
  let items: PyObject[];
  try {
    items = toArray(v);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.TypeError)) {
      const tp = typeOf(v);
      if (typeLookup(tp, "__iter__") === undefined && typeLookup(tp, "__getitem__") === undefined) {
        raise("TypeError", `Value after * must be an iterable, not ${tp.name}`);
      }
    }
    throw e;
  }
  const dst = list.items;
  for (let i = 0; i < items.length; i++) dst.push(items[i]);
}

// -- Functions -------------------------------------------------------------------------------------

/** MAKE_FUNCTION: a function of the code object on top, in the frame's globals. */
export function makeFunction(frame: Frame, codeObj: PyObject): PyFunction {
  const code = (codeObj as PyCode).code;
  const globals = frame.globals;
  const doc = (code.co_flags & CO.HAS_DOCSTRING) !== 0 ? toDoc(code.co_consts[0]) : None;
  return new PyFunction(code, globals, globals.getStr("__name__") ?? None, doc);
}

function toDoc(c: unknown): PyObject {
  return typeof c === "string" ? c : None;
}

/** SET_FUNCTION_ATTRIBUTE. */
export function setFunctionAttribute(fn: PyFunction, flag: number, value: PyObject): void {
  switch (flag) {
    case 1:
      fn.defaults = (value as PyTuple).items;
      break;
    case 2:
      fn.kwdefaults = value as PyDict;
      break;
    case 4: {
      const d = new PyDict();
      const items = (value as PyTuple).items;
      for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
      fn.annotations = d;
      break;
    }
    case 8:
      fn.closure = (value as PyTuple).items as PyCell[];
      break;
    default:
      throw new Error(`Cannot set function attribute ${flag}: not a SET_FUNCTION_ATTRIBUTE flag`);
  }
}

// -- Exceptions ---------------------------------------------------------------------------------------

/** RAISE_VARARGS 1 or 2 (CPython 3.11 ceval.c do_raise): the exception to throw. */
export function doRaise(exc: PyObject, cause: PyObject | undefined): PyThrow {
  let value: PyBaseException;
  if (exc instanceof PyType && isSubtype(exc, T.BaseException)) {
    const made = call(exc, [], null);
    if (!(made instanceof PyBaseException)) {
      raise(
        "TypeError",
        `calling ${repr(exc)} should have returned an instance of BaseException, not ${
          typeName(made)
        }`,
      );
    }
    value = made;
  } else if (exc instanceof PyBaseException) {
    value = exc;
  } else {
    raise("TypeError", "exceptions must derive from BaseException");
  }
  if (cause !== undefined) {
    let fixed: PyObject;
    if (cause instanceof PyType && isSubtype(cause, T.BaseException)) {
      fixed = call(cause, [], null);
      if (!(fixed instanceof PyBaseException)) {
        raise(
          "TypeError",
          `calling ${repr(cause)} should have returned an instance of BaseException, not ${
            typeName(fixed)
          }`,
        );
      }
    } else if (cause instanceof PyBaseException || cause === None) {
      fixed = cause;
    } else {
      raise("TypeError", "exception causes must derive from BaseException");
    }
    value.cause = fixed;
    value.suppressContext = true;
  }
  return new PyThrow(value, value.cls.name, "");
}

/** CHECK_EXC_MATCH: validates the `except` clause's class, then matches. */
export function checkExcMatch(exc: PyObject, match: PyObject): boolean {
  const valid = (c: PyObject) => c instanceof PyType && isSubtype(c, T.BaseException);
  if (match instanceof PyTuple) {
    for (const c of match.items) {
      if (!valid(c)) {
        raise(
          "TypeError",
          "catching classes that do not inherit from BaseException is not allowed",
        );
      }
    }
    const tp = typeOf(exc);
    for (const c of match.items) if (isSubtype(tp, c as PyType)) return true;
    return false;
  }
  if (!valid(match)) {
    raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
  }
  return isSubtype(typeOf(exc), match as PyType);
}

/** The exception instance of a thrown value (materialized). */
export function excOf(t: PyThrow): PyObject {
  return materialize(t);
}

// CPython 3.12 ceval.c stopiteration_error (INTRINSIC_STOPITERATION_ERROR).
function stopIterationError(frame: Frame, exc: PyObject): PyObject {
  if (exc instanceof PyBaseException && isSubtype(exc.cls, T.StopIteration)) {
    const flags = frame.code.co_flags;
    const msg = flags & CO.ASYNC_GENERATOR
      ? "async generator raised StopIteration"
      : flags & CO.COROUTINE
      ? "coroutine raised StopIteration"
      : "generator raised StopIteration";
    const error = makeException(T.RuntimeError, [msg]);
    error.cause = exc;
    error.suppressContext = true;
    error.context = exc;
    return error;
  }
  return exc;
}

/** CALL_INTRINSIC_1. */
export function callIntrinsic1(vm: Vm, frame: Frame, which: number, v: PyObject): PyObject {
  switch (which) {
    case INTRINSIC_LIST_TO_TUPLE:
      return listToTuple(v as PyList);
    case INTRINSIC_UNARY_POSITIVE:
      return unaryPositive(v);
    case INTRINSIC_STOPITERATION_ERROR:
      return stopIterationError(frame, v);
    case INTRINSIC_IMPORT_STAR:
      importStar(frame, v);
      return None;
    case 1: // INTRINSIC_PRINT: the interactive echo
      if (v !== None) vm.host.writeStdout(repr(v) + "\n");
      return None;
  }
  throw new Error(`Cannot run intrinsic ${which}: not implemented`);
}

// -- with ------------------------------------------------------------------------------------------------

/** BEFORE_WITH: pushes the bound `__exit__`, then the result of `__enter__()`. */
export function beforeWith(mgr: PyObject, fast: (PyObject | undefined)[], sp: number): number {
  const tp = typeOf(mgr);
  const enter = typeLookup(tp, "__enter__");
  if (enter === undefined) {
    raise("TypeError", `'${tp.name}' object does not support the context manager protocol`);
  }
  const exit = typeLookup(tp, "__exit__");
  if (exit === undefined) {
    raise(
      "TypeError",
      `'${tp.name}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  fast[sp] = descrGet(exit, mgr, tp);
  fast[sp + 1] = call(descrGet(enter, mgr, tp), [], null);
  return sp + 2;
}

/** WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`. */
export function withExceptStart(exit: PyObject, exc: PyObject): PyObject {
  const tb = exc instanceof PyBaseException ? exc.traceback : None;
  return call(exit, [typeOf(exc), exc, tb], null);
}

// -- Formatting ---------------------------------------------------------------------------------------------

/** CONVERT_VALUE: `!s`, `!r`, `!a`. */
export function convertValue(v: PyObject, kind: number): PyObject {
  switch (kind) {
    case 1:
      return str(v);
    case 2:
      return repr(v);
    case 3:
      return ascii(v);
  }
  throw new Error(`Cannot convert value: unknown conversion ${kind}`);
}

/** FORMAT_WITH_SPEC. */
export function formatWithSpec(v: PyObject, spec: PyObject): PyObject {
  const s = strOf(spec);
  return format(v, s ?? str(spec));
}

// -- Imports ---------------------------------------------------------------------------------------------------

/** IMPORT_NAME. */
export function importName(vm: Vm, name: string, fromlist: PyObject, level: PyObject): PyObject {
  return vm.importModule(name, fromlist, typeof level === "number" ? level : 0);
}

/** IMPORT_FROM (CPython 3.11 ceval.c import_from). */
export function importFrom(vm: Vm, module: PyObject, name: string): PyObject {
  const v = getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const pkg = getAttrOrUndefined(module, "__name__");
  if (typeof pkg === "string") {
    const sub = vm.modules.getStr(`${pkg}.${name}`);
    if (sub !== undefined) return sub;
  }
  const pkgName = typeof pkg === "string" ? pkg : "<unknown module name>";
  const file = getAttrOrUndefined(module, "__file__");
  const where = typeof file === "string" ? file : "unknown location";
  const e = makeException(T.ImportError, [
    `cannot import name '${name}' from '${pkgName}' (${where})`,
  ]);
  (e.members ??= {}).name = pkgName;
  (e.members ??= {}).msg = `cannot import name '${name}' from '${pkgName}' (${where})`;
  throw new PyThrow(e, "ImportError", "");
}

// CPython 3.11 ceval.c import_all_from.
function importStar(frame: Frame, module: PyObject): void {
  const locals = frame.locals;
  if (locals === null) systemError("no locals found during 'import *'");
  let names: PyObject[];
  let skipPrivate = false;
  const all = getAttrOrUndefined(module, "__all__");
  if (all !== undefined) names = toArray(all);
  else {
    const dict = getAttrOrUndefined(module, "__dict__");
    if (dict === undefined) {
      raise("ImportError", "from-import-* object has no __dict__ and no __all__");
    }
    names = toArray(call(getAttr(dict, "keys"), [], null));
    skipPrivate = true;
  }
  for (const n of names) {
    const name = strOf(n);
    if (name === undefined) {
      raise(
        "TypeError",
        `${skipPrivate ? "Key in module.__dict__" : "Item in module.__all__"} must be str, not ${
          typeName(n)
        }`,
      );
    }
    if (skipPrivate && name.startsWith("_")) continue;
    storeName(frame, name, getAttr(module, name));
  }
}

// -- Iteration -----------------------------------------------------------------------------------------------

/** GET_YIELD_FROM_ITER: generators as they are, anything else through `iter()`. */
export function yieldFromIter(v: PyObject): PyObject {
  if (v instanceof PyHeap && v.cls === T.generator) return v;
  return getIter(v);
}

/**
 * SEND to something that is not a generator (CPython 3.12 bytecodes.c
 * SEND): `next()` for None, else `.send(v)`; undefined when it stopped, with
 * the StopIteration's value in `sendResult`.
 */
export function sendNonGenerator(receiver: PyObject, v: PyObject): PyObject | undefined {
  try {
    if (v === None) {
      if (receiver instanceof PyIter) {
        const r = receiver.next();
        if (r === undefined) {
          stopValue = None;
          return undefined;
        }
        return r;
      }
      const next = typeLookup(typeOf(receiver), "__next__");
      if (next !== undefined) return callNext(next, receiver);
    }
    return call(getAttr(receiver, "send"), [v], null);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.StopIteration)) {
      const exc = materialize(e) as PyBaseException;
      stopValue = exc.members?.value ?? (exc.args.items[0] ?? None);
      return undefined;
    }
    throw e;
  }
}

function callNext(next: PyObject, receiver: PyObject): PyObject {
  return callMethod(next, receiver, [], null);
}

/** The value of the StopIteration that ended the last `sendNonGenerator`. */
export let stopValue: PyObject = None;

/**
 * A call of something that is not a Python function counts one level, as
 * CPython 3.11's `cfunction_enter_call` and `_PyObject_MakeTpCall` do. The
 * caller takes it back (`vm.depth--`) when the call returns; after an
 * exception, unwinding restores the depth from the frame. Tier 1's loop and
 * the uop interpreter (`jit/uop_interp.ts`) both count through here.
 */
export function enterNativeCall(vm: Vm): void {
  if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) {
    throw new PyThrow(
      null,
      "RecursionError",
      "maximum recursion depth exceeded while calling a Python object",
    );
  }
  vm.depth++;
}
