/**
 * The abstract object protocols (CPython 3.11 Objects/abstract.c and
 * object.c): the API the interpreter calls. Each function has a fast path
 * for the exact built-in types the interpreter meets most (checked with
 * `typeof` and one class test), then a generic path through the special
 * methods of the operand's type, found with a memoized `typeLookup`.
 *
 * Attribute access lives in `attrs.ts`, calls in `calls.ts`, operators in
 * `operators.ts`; this module re-exports them, so the interpreter needs
 * only this one. Importing it loads every type module, which installs the
 * methods of the built-in types.
 *
 * Contract with the interpreter:
 * 1. It sets `hooks` at start-up: `callFunction` (run a `PyFunction`),
 *    `callDepthCheck`, `pythonDepth` (frames counted with native recursion),
 *    `superArgs` (zero-argument `super()`), `globals`, `locals` and
 *    `runClassBody` (used by `__build_class__`, which returns the body's
 *    `__classcell__` or None).
 * 2. It calls `setHost` (`builtins.ts`) so `print`, `input` and the
 *    `sys.std*` objects reach the world, and takes the builtins namespace
 *    from `builtinsDict()`.
 * 3. Classes change only through `setAttr`/`delAttr` (or `touch()` after a
 *    direct write to `PyType.dict`), so versions stay meaningful for caches.
 * 4. A Python subclass of `int` or `str` is a `PyInstance` whose `base` is
 *    the value (`intOf`/`strOf` in `core.ts` unwrap it); a subclass of any
 *    other built-in is that built-in's box with `cls` set to the subclass,
 *    its attributes kept aside (`attrs.ts` `instanceStore`).
 * 5. The last line of an uncaught exception is `exceptionSummary(exc,
 *    nameCandidates)`, the traceback lines above it being the interpreter's.
 *
 * @module
 */
import { CodeObject, type Const, ConstTuple } from "./code.ts";
import {
  type BuiltinExceptionName,
  intFromBig,
  PyBytes,
  PyFloat,
  PyHeap,
  PyInstance,
  type PyInt,
  PyList,
  type PyObject,
  PySingleton,
  PyThrow,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { Ellipsis, None, NotImplemented } from "./types.ts";
import { intOf, isSubtype, strOf, typeLookup, typeName } from "./core.ts";
import { PyIter, PySlotWrapper } from "./descriptors.ts";
import { call, callMethod, callSpecial, hooks } from "./calls.ts";
import { descrGet } from "./attrs.ts";
import { throwMatches } from "./exceptions.ts";
import { boolHash, floatHash, hashFromInt, intHash, pointerHash, strHash } from "./hash.ts";
import { idOf } from "./core.ts";
import { strRepr } from "./str_type.ts";
import { listGetIndex, ListIterator, SeqIterator } from "./list.ts";
import { TupleIterator } from "./tuple.ts";
import { listLength, listView } from "./list_storage.ts";
import type { PyDict } from "./dict.ts";
import type { PyRange } from "./range.ts";
import { codePointLength, StrIterator } from "./str_type.ts";
import { eq as eqBool } from "./operators.ts";

export { Ellipsis, None, NotImplemented };
export { delAttr, getAttr, getAttrOrUndefined, loadMethod, setAttr } from "./attrs.ts";
export { call, callMethod, callSpecial, hooks, typeCall } from "./calls.ts";
export type { Hooks } from "./calls.ts";
export {
  binaryOp,
  eq,
  lessThan,
  NB_ADD,
  NB_INPLACE_ADD,
  NB_SUBSCR,
  richCompare,
  ternaryPow,
  unaryInvert,
  unaryNegative,
  unaryNot,
  unaryPositive,
} from "./operators.ts";
export type { CompareOp } from "./operators.ts";
export {
  exceptionLine,
  exceptionSummary,
  isException,
  makeException,
  materialize,
  newException,
  PyBaseException,
  raiseKeyError,
  throwMatches,
} from "./exceptions.ts";
export type { NameCandidates } from "./exceptions.ts";
export type { BuiltinExceptionName };

// -- Native recursion ----------------------------------------------------------------

let nativeDepth = 0;
let recursionLimit = 1000;

/** Keeps the native recursion guard in step with `sys.setrecursionlimit`. */
export function setNativeRecursionLimit(limit: number): void {
  recursionLimit = limit;
}

/** Enters a native recursion level (`Py_EnterRecursiveCall`); pair with `leaveRecursion`. */
export function enterRecursion(where: string): void {
  if (++nativeDepth + hooks.pythonDepth() > recursionLimit) {
    nativeDepth--;
    raise("RecursionError", `maximum recursion depth exceeded${where}`);
  }
}

/** Leaves a native recursion level. */
export function leaveRecursion(): void {
  nativeDepth--;
}

/** Native recursion levels entered, which the interpreter adds to its frame count. */
export function nativeRecursionDepth(): number {
  return nativeDepth;
}

// -- repr / str / ascii ------------------------------------------------------------------

/** `repr(x)`. */
export function repr(x: PyObject): string {
  switch (typeof x) {
    case "number":
    case "bigint":
      return String(x);
    case "boolean":
      return x ? "True" : "False";
    case "string":
      return strRepr(x);
  }
  if (x instanceof PySingleton) return x.repr;
  const f = typeLookup(x.cls, "__repr__")!;
  enterRecursion(" while getting the repr of an object");
  let r: PyObject | undefined;
  try {
    r = f instanceof PySlotWrapper
      ? f.fn(x, undefined as never, undefined as never)
      : callMethod(f, x, [], null);
  } finally {
    nativeDepth--;
  }
  const s = strOf(r!);
  if (s === undefined) raise("TypeError", `__repr__ returned non-string (type ${typeName(r!)})`);
  return s;
}

/** `str(x)`. */
export function str(x: PyObject): string {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
    case "bigint":
      return String(x);
    case "boolean":
      return x ? "True" : "False";
  }
  if (x instanceof PySingleton) return x.repr;
  const f = typeLookup(x.cls, "__str__")!;
  const r = f instanceof PySlotWrapper
    ? f.fn(x, undefined as never, undefined as never)
    : callMethod(f, x, [], null);
  const s = strOf(r!);
  if (s === undefined) raise("TypeError", `__str__ returned non-string (type ${typeName(r!)})`);
  return s;
}

/** `ascii(x)`: the repr with non-ASCII characters escaped. */
export function ascii(x: PyObject): string {
  return asciiEscape(repr(x));
}

/** Escapes the non-ASCII code points of `s` as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. */
export function asciiEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

// -- hash ----------------------------------------------------------------------------------

/** `hash(x)`: "unhashable type: 'list'". */
export function hash(x: PyObject): PyInt {
  switch (typeof x) {
    case "number":
    case "bigint":
      return intHash(x);
    case "string":
      return strHash(x);
    case "boolean":
      return boolHash(x);
  }
  if (x instanceof PyFloat && x.cls === T.float) return floatHash(x.value, pointerHash(idOf(x)));
  const f = typeLookup(x.cls, "__hash__");
  if (f === undefined || f === None) raise("TypeError", `unhashable type: '${x.cls.name}'`);
  const r = callSpecial(f, x);
  if (typeof r === "number" || typeof r === "bigint") return hashFromInt(r);
  const i = intOf(r);
  if (i === undefined) raise("TypeError", "__hash__ method should return an integer");
  return hashFromInt(i);
}

/** The default `object.__hash__`: derived from the identity, as CPython's from the address. */
export function identityHash(x: PyObject): PyInt {
  return pointerHash(idOf(x));
}

// -- Truth and length ------------------------------------------------------------------------

/** `bool(x)`: `__bool__`, then `__len__`, else true. */
export function isTrue(x: PyObject): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return true;
  }
  if (x === None) return false;
  const cls = x.cls;
  if (cls === T.list) return listLength(x as PyList) !== 0;
  if (cls === T.float) return (x as PyFloat).value !== 0;
  if (cls === T.tuple) return (x as PyTuple).items.length !== 0;
  if (cls === T.dict) return (x as PyDict).size !== 0;
  const b = typeLookup(cls, "__bool__");
  if (b !== undefined && b !== None) {
    const r = callSpecial(b, x);
    if (typeof r !== "boolean") {
      raise("TypeError", `__bool__ should return bool, returned ${typeName(r)}`);
    }
    return r;
  }
  const l = typeLookup(cls, "__len__");
  if (l !== undefined && l !== None) return lenResult(callSpecial(l, x)) !== 0;
  return true;
}

/** Checks the result of `__len__` (CPython 3.11 Objects/typeobject.c `slot_sq_length`). */
function lenResult(r: PyObject): number {
  const n = lenResultInt(r);
  return typeof n === "bigint" ? Number(n) : n;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** `__len__`'s result as a Py_ssize_t ("cannot fit 'int' into an index-sized integer"). */
function lenResultInt(r: PyObject): PyInt {
  if (typeof r === "number") {
    if (r < 0) raise("ValueError", "__len__() should return >= 0");
    return r;
  }
  const i = index(r);
  if (i < 0) raise("ValueError", "__len__() should return >= 0");
  if (typeof i === "bigint" && i > SSIZE_MAX) {
    raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return i;
}

/** `len(x)` as the built-in returns it: an int up to `sys.maxsize`. */
export function lenObject(x: PyObject): PyInt {
  if (x instanceof PyHeap) {
    const l = typeLookup(x.cls, "__len__");
    if (
      l !== undefined && l !== None && x.cls !== T.list && x.cls !== T.tuple && x.cls !== T.dict
    ) {
      return lenResultInt(callSpecial(l, x));
    }
  }
  return len(x);
}

/** `len(x)`: "object of type 'int' has no len()". */
export function len(x: PyObject): number {
  if (typeof x === "string") return codePointLength(x);
  if (x instanceof PyHeap) {
    const cls = x.cls;
    if (cls === T.list) return listLength(x as PyList);
    if (cls === T.tuple) return (x as PyTuple).items.length;
    if (cls === T.dict) return (x as PyDict).size;
    const l = typeLookup(cls, "__len__");
    if (l !== undefined && l !== None) return lenResult(callSpecial(l, x));
  }
  raise("TypeError", `object of type '${typeName(x)}' has no len()`);
}

// -- Iteration ---------------------------------------------------------------------------------

/** `iter(x)`: "'int' object is not iterable". */
export function getIter(x: PyObject): PyObject {
  if (typeof x === "string") return new StrIterator(x);
  if (x instanceof PyHeap) {
    const cls = x.cls;
    if (cls === T.list) return new ListIterator(x as PyList);
    if (cls === T.tuple) return new TupleIterator(x as PyTuple);
    const f = typeLookup(cls, "__iter__");
    if (f !== undefined && f !== None) {
      const it = callSpecial(f, x);
      if (!(it instanceof PyIter)) {
        const n = typeLookup(typeOf(it), "__next__");
        if (n === undefined || n === None) {
          raise("TypeError", `iter() returned non-iterator of type '${typeName(it)}'`);
        }
      }
      return it;
    }
    if (
      f === undefined && typeLookup(cls, "__getitem__") !== undefined && !isSubtype(cls, T.dict)
    ) {
      return new SeqIterator(x);
    }
  }
  raise("TypeError", `'${typeName(x)}' object is not iterable`);
}

/** `next(it)`: the next item, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: PyObject): PyObject | undefined {
  if (it instanceof PyIter) return it.next();
  const f = typeLookup(typeOf(it), "__next__");
  if (f === undefined || f === None) {
    raise("TypeError", `'${typeName(it)}' object is not an iterator`);
  }
  if (f instanceof PySlotWrapper) return f.fn(it, undefined as never, undefined as never);
  try {
    return callMethod(f, it, [], null);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.StopIteration)) return undefined;
    throw e;
  }
}

/** Collects an iterable into a fresh JS array (`list(x)`'s core). */
export function toArray(x: PyObject): PyObject[] {
  if (x instanceof PyHeap) {
    const cls = x.cls;
    if (cls === T.list) return listView(x as PyList).slice();
    if (cls === T.tuple) return (x as PyTuple).items.slice();
    // A range knows its length: refuse at once what CPython refuses at once,
    // instead of filling memory for seconds first.
    if (cls === T.range) checkArrayLength((x as PyRange).length);
  }
  const it = getIter(x);
  const out: PyObject[] = [];
  if (it instanceof PyIter) {
    for (let v = it.next(); v !== undefined; v = it.next()) out.push(v);
    return out;
  }
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) out.push(v);
  return out;
}

/** The largest array a JavaScript engine allocates (2**32 - 1 elements). */
const MAX_ARRAY_LENGTH = 4294967295;

/**
 * CPython's limits for a sequence about to be materialized from a known
 * length: past `sys.maxsize` the length does not fit a `Py_ssize_t`
 * (OverflowError); past what the host can allocate, a MemoryError.
 */
function checkArrayLength(length: PyInt): void {
  if (typeof length === "bigint" && length > 9223372036854775807n) {
    raise("OverflowError", "Python int too large to convert to C ssize_t");
  }
  if (Number(length) > MAX_ARRAY_LENGTH) raise("MemoryError", "");
}

/**
 * `PyObject_LengthHint`: `len(x)` when the type has `__len__` (a TypeError
 * from it is ignored), else `__length_hint__()`, else `dflt`.
 */
export function lengthHint(x: PyObject, dflt = 0): number {
  if (!(x instanceof PyHeap)) return typeof x === "string" ? codePointLength(x) : dflt;
  const l = typeLookup(x.cls, "__len__");
  if (l !== undefined && l !== None) {
    try {
      return lenResult(callSpecial(l, x));
    } catch (e) {
      if (!(e instanceof PyThrow) || !throwMatches(e, T.TypeError)) throw e;
    }
  }
  const h = typeLookup(x.cls, "__length_hint__");
  if (h === undefined || h === None) return dflt;
  const r = callSpecial(h, x);
  if (r === NotImplemented) return dflt;
  const i = intOf(r);
  if (i === undefined) raise("TypeError", `__length_hint__ must be an integer, not ${typeName(r)}`);
  if (i < 0) raise("ValueError", "__length_hint__() should return >= 0");
  return Number(i);
}

/**
 * The items of an iterable for a new list or tuple (`list(x)`, `tuple(x)`,
 * `sorted(x)`, `[*x]`): CPython asks for a length hint first, which user
 * `__len__`s can observe.
 */
export function toArrayHinted(x: PyObject): PyObject[] {
  if (x instanceof PyHeap && (x.cls === T.list || x.cls === T.tuple)) {
    return (x.cls === T.list ? listView(x as PyList) : (x as PyTuple).items).slice();
  }
  if (x instanceof PyHeap && (!x.cls.isBuiltin || x.cls === T.reversed)) lengthHint(x);
  return toArray(x);
}

/** The items of a list or tuple without copying, else a fresh array (`PySequence_Fast`). */
export function sequenceItems(x: PyObject): readonly PyObject[] {
  if (x instanceof PyList || x instanceof PyTuple) {
    if (x.cls === T.list) return listView(x as PyList);
    if (x.cls === T.tuple) return x.items;
  }
  return toArrayHinted(x);
}

// -- Subscripts --------------------------------------------------------------------------------

/** `o[key]`. */
export function getItem(o: PyObject, key: PyObject): PyObject {
  if (o instanceof PyHeap) {
    const cls = o.cls;
    if (cls === T.list && typeof key === "number") return listGetIndex(o as PyList, key);
    if (cls === T.dict) return (o as PyDict).getItem(key);
    const f = typeLookup(cls, "__getitem__");
    if (f !== undefined && f !== None) return callSpecial(f, o, key);
    if (o instanceof PyType) {
      const cg = typeLookup(o, "__class_getitem__");
      if (cg !== undefined) return call(descrGet(cg, undefined, o), [key], null);
      raise("TypeError", `type '${o.name}' is not subscriptable`);
    }
  } else if (typeof o === "string") {
    return callSpecial(T.str.dict.get("__getitem__")!, o, key);
  }
  raise("TypeError", `'${typeName(o)}' object is not subscriptable`);
}

/** `o[key] = value`. */
export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  if (o instanceof PyHeap) {
    if (o.cls === T.dict) {
      (o as PyDict).set(key, value);
      return;
    }
    const f = typeLookup(o.cls, "__setitem__");
    if (f !== undefined && f !== None) {
      callSpecial(f, o, key, value);
      return;
    }
    // CPython keeps assignment and deletion in one slot: a class with only
    // `__delitem__` fails to find `__setitem__` by name.
    if (!o.cls.isBuiltin && typeLookup(o.cls, "__delitem__") !== undefined) {
      raise("AttributeError", "__setitem__");
    }
  }
  raise("TypeError", `'${typeName(o)}' object does not support item assignment`);
}

/** `del o[key]`. */
export function delItem(o: PyObject, key: PyObject): void {
  if (o instanceof PyHeap) {
    const f = typeLookup(o.cls, "__delitem__");
    if (f !== undefined && f !== None) {
      callSpecial(f, o, key);
      return;
    }
    if (!o.cls.isBuiltin && typeLookup(o.cls, "__setitem__") !== undefined) {
      raise("AttributeError", "__delitem__");
    }
  }
  // CPython 3.11 abstract.c PyObject_DelItem words the error by whether the
  // type has sequence methods at all (every class statement's type does).
  const cls = typeOf(o);
  const sequenceLike = !cls.isBuiltin || typeLookup(cls, "__len__") !== undefined ||
    typeLookup(cls, "__contains__") !== undefined;
  raise(
    "TypeError",
    `'${typeName(o)}' object ${sequenceLike ? "doesn't" : "does not"} support item deletion`,
  );
}

/** `item in container`: `__contains__`, else iteration with `==`. */
export function contains(container: PyObject, item: PyObject): boolean {
  if (container instanceof PyHeap) {
    const cls = container.cls;
    if (cls === T.dict) return (container as PyDict).has(item);
    const f = typeLookup(cls, "__contains__");
    if (f === None) raise("TypeError", `'${typeName(container)}' object is not a container`);
    if (f !== undefined) {
      const r = callSpecial(f, container, item);
      return typeof r === "boolean" ? r : isTrue(r);
    }
    if (typeLookup(cls, "__iter__") !== undefined || typeLookup(cls, "__getitem__") !== undefined) {
      let it: PyObject;
      try {
        it = getIter(container);
      } catch (e) {
        // CPython's _PySequence_IterSearch: any TypeError from iter() reads as "not iterable".
        if (!(e instanceof PyThrow && throwMatches(e, T.TypeError))) throw e;
        raise("TypeError", `argument of type '${typeName(container)}' is not iterable`);
      }
      for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
        if (v === item || eqBool(v, item)) return true;
      }
      return false;
    }
  } else if (typeof container === "string") {
    return callSpecial(T.str.dict.get("__contains__")!, container, item) as boolean;
  }
  raise("TypeError", `argument of type '${typeName(container)}' is not iterable`);
}

// -- Numbers --------------------------------------------------------------------------------------

/** `operator.index(x)`: "'float' object cannot be interpreted as an integer". */
export function index(x: PyObject): PyInt {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  // CPython 3.11 PyNumber_Index takes any int subclass's value as is, without
  // calling an overriding `__index__`.
  if (x instanceof PyInstance) {
    const b = intOf(x);
    if (b !== undefined) return b;
  }
  const f = typeof x === "string" ? undefined : typeLookup(x.cls, "__index__");
  if (f === undefined || f === None) {
    raise("TypeError", `'${typeName(x)}' object cannot be interpreted as an integer`);
  }
  const r = callSpecial(f, x);
  const i = intOf(r);
  if (i === undefined) raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  return i;
}

/** `index(x)` as a JS number, with CPython's overflow message for huge ints. */
export function indexAsNumber(
  x: PyObject,
  what = "cannot fit 'int' into an index-sized integer",
): number {
  const i = index(x);
  if (typeof i === "bigint") raise("IndexError", what);
  return i;
}

// -- isinstance / issubclass ------------------------------------------------------------------------

/**
 * `isinstance(x, cls)` (CPython 3.11 `PyObject_IsInstance`): an exact type
 * match, then tuples and unions of classes, then `__instancecheck__` looked
 * up on the type of `cls` (a metaclass hook, or `type`'s own).
 */
export function isInstance(x: PyObject, cls: PyObject): boolean {
  if (typeOf(x) === cls) return true;
  // `type.__instancecheck__` is known: no hook call for plain classes.
  if (cls instanceof PyType && cls.cls === T.type) return realIsInstance(x, cls);
  const args = cls instanceof PyTuple ? cls.items : unionArgs(cls);
  if (args !== undefined) {
    for (const c of args) if (isInstance(x, c)) return true;
    return false;
  }
  const checker = checkHook(cls, "__instancecheck__");
  if (checker === undefined) return realIsInstance(x, cls);
  return isTrue(callSpecial(checker, cls, x));
}

/** `type.__instancecheck__` (CPython `_PyObject_RealIsInstance`): no hooks. */
export function realIsInstance(x: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) return isSubtype(typeOf(x), cls);
  raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/** `issubclass(a, b)` (CPython 3.11 `PyObject_IsSubclass`), hooks as in `isInstance`. */
export function isSubclass(a: PyObject, b: PyObject): boolean {
  if (b instanceof PyType && b.cls === T.type) return a === b || realIsSubclass(a, b);
  const args = b instanceof PyTuple ? b.items : unionArgs(b);
  if (args !== undefined) {
    for (const c of args) if (isSubclass(a, c)) return true;
    return false;
  }
  const checker = checkHook(b, "__subclasscheck__");
  if (checker === undefined) return realIsSubclass(a, b);
  return isTrue(callSpecial(checker, b, a));
}

/** `type.__subclasscheck__` (CPython `_PyObject_RealIsSubclass`): no hooks. */
export function realIsSubclass(a: PyObject, b: PyObject): boolean {
  if (!(a instanceof PyType)) raise("TypeError", "issubclass() arg 1 must be a class");
  if (b instanceof PyType) return isSubtype(a, b);
  raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

/**
 * `cls`'s `__instancecheck__`/`__subclasscheck__` from its type, undefined
 * when absent or when it is `type`'s own (whose result the real check gives).
 */
function checkHook(cls: PyObject, name: string): PyObject | undefined {
  if (typeof cls === "string" || !(cls instanceof PyHeap)) return undefined;
  const f = typeLookup(cls.cls, name);
  return f === undefined || f === T.type.dict.get(name) ? undefined : f;
}

function unionArgs(x: PyObject): readonly PyObject[] | undefined {
  if (x instanceof PyHeap && x.cls === T.UnionType) {
    return (x as unknown as { args: PyTuple }).args.items;
  }
  return undefined;
}

// -- format --------------------------------------------------------------------------------------------

/** `format(value, spec)` through `__format__`. */
export function format(value: PyObject, spec: string): string {
  if (spec === "") {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "bigint") return String(value);
  }
  const f = typeLookup(typeOf(value), "__format__")!;
  const r = callSpecial(f, value, spec);
  const s = strOf(r);
  if (s === undefined) raise("TypeError", `__format__ must return a str, not ${typeName(r)}`);
  return s;
}

// -- Constants ------------------------------------------------------------------------------------------

/** A code object as a Python value (`type(f.__code__)` is `code`). */
export class PyCode extends PyHeap {
  cls: PyType;
  readonly code: CodeObject;
  constructor(code: CodeObject) {
    super();
    this.cls = T.code;
    this.code = code;
  }
}

/** A front-end constant (`vm/ast.ts` ConstantValue, `vm/code.ts` ConstTuple) as a runtime value. */
export function toPy(value: Const): PyObject {
  switch (typeof value) {
    case "bigint":
      return intFromBig(value);
    case "number":
      return new PyFloat(value);
    case "string":
    case "boolean":
      return value;
    case "symbol":
      return Ellipsis;
  }
  if (value === null) return None;
  if (value instanceof Uint8Array) return new PyBytes(value);
  if (value instanceof ConstTuple) return new PyTuple(value.items.map(toPy));
  if (value instanceof CodeObject) return new PyCode(value);
  raise("NotImplementedError", "complex numbers are not supported");
}

// The type modules install their methods into the built-in types when loaded.
import "./int_type.ts";
import "./float_type.ts";
import "./str_type.ts";
import "./bytes_type.ts";
import "./list.ts";
import "./tuple.ts";
import "./dict_methods.ts";
import "./dict_views.ts";
import "./set.ts";
import "./range.ts";
import "./slice.ts";
import "./iterators.ts";
import "./classes.ts";
import "./object_type.ts";
import "./descriptor_types.ts";
import "./exceptions.ts";
import "./generic_alias.ts";
import "./mappingproxy.ts";
import "./stdio.ts";
import "./builtins.ts";
