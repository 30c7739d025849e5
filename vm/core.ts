/**
 * Small helpers every part of the object model shares: type names, memoized
 * type lookups, subtype tests, object identities, and the unwrapping of
 * subclass instances of `int` and `str` (which are `PyInstance`s whose
 * `base` holds the built-in value: see `vm/README.md`).
 *
 * A leaf module: it imports only `object.ts` and `types.ts`, so any module
 * may call it at load time.
 *
 * @module
 */
import { PyHeap, PyInstance, type PyInt, type PyObject, type PyType, typeOf } from "./object.ts";

// -- Types -------------------------------------------------------------------

/** `type(x).__name__`, as CPython's error messages print it. */
export function typeName(x: PyObject): string {
  return typeOf(x).name;
}

/** Whether `a` is `b` or a subclass of it (CPython's `PyType_IsSubtype`). */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/**
 * `_PyType_Lookup`: `name` along the MRO of `tp`, memoized per type version
 * (CPython 3.11 Objects/typeobject.c keeps a global method cache keyed the
 * same way). A class under construction has version 0 and is never memoized.
 */
export function typeLookup(tp: PyType, name: string): PyObject | undefined {
  const version = tp.version;
  if (version === 0) return tp.lookup(name);
  let memo = tp.lookupMemo;
  if (memo === null || tp.lookupMemoVersion !== version) {
    memo = tp.lookupMemo = new Map();
    tp.lookupMemoVersion = version;
  }
  const hit = memo.get(name);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const found = tp.lookup(name);
  memo.set(name, found === undefined ? null : found);
  return found;
}

/**
 * `typeLookup` for the dunders the operators ask for on every operation,
 * memoized in an array indexed by `id` (each name has one id, chosen by its
 * caller's table) instead of a Map.
 */
export function typeLookupId(tp: PyType, id: number, name: string): PyObject | undefined {
  const version = tp.version;
  if (version === 0) return tp.lookup(name);
  let memo = tp.specialMemo;
  if (memo === null || tp.specialMemoVersion !== version) {
    memo = tp.specialMemo = [];
    tp.specialMemoVersion = version;
  }
  let v = memo[id];
  if (v === undefined) {
    const found = tp.lookup(name);
    memo[id] = v = found === undefined ? null : found;
  }
  return v === null ? undefined : v;
}

// -- Identity ---------------------------------------------------------------------

// Fake addresses: CPython's id() is the address, 16-byte aligned; any stable,
// distinct value serves, and `hash(object())` derives from it as CPython's.
const ID_BASE = 0x7f3a5c000000;
let nextId = 0;
const heapIds = new WeakMap<object, number>();
const primitiveIds = new Map<PyObject, number>();

/** `id(x)`: stable for the object's life, distinct between live objects. */
export function idOf(x: PyObject): number {
  if (x instanceof PyHeap) {
    let id = heapIds.get(x);
    if (id === undefined) heapIds.set(x, id = ID_BASE + 16 * nextId++);
    return id;
  }
  let id = primitiveIds.get(x);
  if (id === undefined) primitiveIds.set(x, id = ID_BASE + 16 * nextId++);
  return id;
}

/** The fake address of `x` as `%p` prints it (`0x7f3a5c000010`). */
export function addressOf(x: PyObject): string {
  return "0x" + idOf(x).toString(16).padStart(12, "0");
}

// -- Subclass values -----------------------------------------------------------------

/** The int value of an int, a bool or an int-subclass instance; else undefined. */
export function intOf(x: PyObject): PyInt | undefined {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return undefined;
  }
  if (x instanceof PyInstance) {
    const b = x.base;
    if (typeof b === "number" || typeof b === "bigint") return b;
    if (typeof b === "boolean") return b ? 1 : 0;
  }
  return undefined;
}

/** The str value of a str or a str-subclass instance; else undefined. */
export function strOf(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyInstance && typeof x.base === "string") return x.base;
  return undefined;
}

/** Whether `x` is an instance of `int` (bools and subclasses included). */
export function isIntLike(x: PyObject): boolean {
  return intOf(x) !== undefined;
}

/** Whether `tp` is a built-in type or derives from `t` (CPython's `PyXxx_Check`). */
export function typeIs(x: PyObject, t: PyType): boolean {
  return isSubtype(typeOf(x), t);
}

/**
 * Three-way comparison of strs by code point. JS's `<` compares UTF-16 code
 * units, which orders astral characters (surrogate pairs) before U+E000..U+FFFF.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  let x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
  if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
  return x - y;
}
