/**
 * `dict`: the `PyDict` class behind the interface of `vm/object.ts`, and the
 * dict type's methods (CPython 3.11 Objects/dictobject.c).
 *
 * Entries are kept in insertion order in parallel arrays (a deleted entry
 * leaves a hole until the next compaction), as CPython's compact dict does;
 * the index maps keys to entry positions. Three indexes avoid hashing where
 * JavaScript can compare directly: exact strs by value, numbers (int, bool
 * and float keys that are equal in Python meet on one JS number or bigint),
 * and everything else by Python hash with `==` on collision.
 *
 * @module
 */
import { PyFloat, PyHeap, PyInstance, type PyDict as PyDictShape, type PyObject, type PyType, T, typeOf } from "./object.ts";
import { typeLookup } from "./core.ts";
import { hash } from "./abstract.ts";
import { eq } from "./operators.ts";
import { raiseKeyError } from "./exceptions.ts";

/** A key's slot in the number index: the JS value Python's numeric equality reduces to. */
function numericKey(k: PyObject): number | bigint | undefined {
  switch (typeof k) {
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    case "string":
      return undefined;
  }
  if (k instanceof PyFloat && k.cls === T.float) {
    const v = k.value;
    if (v !== v) return undefined; // NaN: by identity, through the hash index
    if (Number.isInteger(v) && !Number.isSafeInteger(v) && Number.isFinite(v)) return BigInt(v);
    return v;
  }
  return undefined;
}

/** Whether a str-subclass key can share the str index (it keeps str's `__eq__` and `__hash__`). */
function plainStrSubclass(k: PyObject): string | undefined {
  if (k instanceof PyInstance && typeof k.base === "string") {
    const cls = k.cls;
    if (typeLookup(cls, "__hash__") === T.str.dict.get("__hash__") && typeLookup(cls, "__eq__") === T.str.dict.get("__eq__")) {
      return k.base;
    }
  }
  return undefined;
}

const MIN_COMPACT = 16;

/** A Python dict. */
export class PyDict extends PyHeap implements PyDictShape {
  cls: PyType;
  /** Entry keys in insertion order; `undefined` marks a deleted entry. */
  keys: (PyObject | undefined)[] = [];
  /** Entry values, parallel to `keys`. */
  vals: PyObject[] = [];
  #str: Map<string, number> = new Map();
  #num: Map<number | bigint, number> | null = null;
  #obj: Map<number | bigint, number | number[]> | null = null;
  #count = 0;
  /** Bumped when entries move (compaction, clear): iterators and caches of entry positions check it. */
  layout = 0;
  /** Bumped whenever a key is added or removed (not when a value changes). */
  keysVersion = 0;

  constructor(cls: PyType = T.dict) {
    super();
    this.cls = cls;
  }

  /** The number of entries (`len(d)`). */
  get size(): number {
    return this.#count;
  }

  // -- Lookup ---------------------------------------------------------------------------

  /** The entry position of `key`, or -1. Hashes (and may raise "unhashable type"). */
  indexOf(key: PyObject): number {
    if (typeof key === "string") return this.#str.get(key) ?? -1;
    const nk = numericKey(key);
    if (nk !== undefined) return this.#num?.get(nk) ?? -1;
    const sk = plainStrSubclass(key);
    if (sk !== undefined) return this.#str.get(sk) ?? -1;
    const h = hash(key);
    const b = this.#obj?.get(h);
    if (b === undefined) return -1;
    if (typeof b === "number") return this.#matches(b, key) ? b : -1;
    for (const i of b) if (this.#matches(i, key)) return i;
    return -1;
  }

  #matches(i: number, key: PyObject): boolean {
    const k = this.keys[i];
    return k !== undefined && (k === key || eq(k, key));
  }

  /** The entry position of an exact-str key, or -1 (no hashing). */
  indexOfStr(key: string): number {
    return this.#str.get(key) ?? -1;
  }

  /** `d.get(key)`: undefined when absent. */
  get(key: PyObject): PyObject | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.vals[i];
  }

  /** `d.get(key)` for an exact-str key. */
  getStr(key: string): PyObject | undefined {
    const i = this.#str.get(key);
    return i === undefined ? undefined : this.vals[i];
  }

  /** `key in d`. */
  has(key: PyObject): boolean {
    return this.indexOf(key) >= 0;
  }

  /** `d[key]`: `__missing__` for subclasses, else KeyError. */
  getItem(key: PyObject): PyObject {
    const i = this.indexOf(key);
    if (i >= 0) return this.vals[i];
    if (this.cls !== T.dict) {
      const missing = typeLookup(this.cls, "__missing__");
      if (missing !== undefined) return callMissing(missing, this, key);
    }
    raiseKeyError(key);
  }

  // -- Mutation -------------------------------------------------------------------------

  /** `d[key] = value`. An equal key already present keeps its original object. */
  set(key: PyObject, value: PyObject): void {
    if (typeof key === "string") {
      this.setStr(key, value);
      return;
    }
    const nk = numericKey(key);
    if (nk !== undefined) {
      const num = this.#num ??= new Map();
      const i = num.get(nk);
      if (i !== undefined) this.vals[i] = value;
      else num.set(nk, this.#append(key, value));
      return;
    }
    const sk = plainStrSubclass(key);
    if (sk !== undefined) {
      const i = this.#str.get(sk);
      if (i !== undefined) this.vals[i] = value;
      else this.#str.set(sk, this.#append(key, value));
      return;
    }
    const h = hash(key);
    const obj = this.#obj ??= new Map();
    const b = obj.get(h);
    if (b === undefined) {
      obj.set(h, this.#append(key, value));
      return;
    }
    if (typeof b === "number") {
      if (this.#matches(b, key)) {
        this.vals[b] = value;
        return;
      }
      obj.set(h, [b, this.#append(key, value)]);
      return;
    }
    for (const i of b) {
      if (this.#matches(i, key)) {
        this.vals[i] = value;
        return;
      }
    }
    b.push(this.#append(key, value));
  }

  /** `d[key] = value` for an exact-str key. */
  setStr(key: string, value: PyObject): void {
    const i = this.#str.get(key);
    if (i !== undefined) this.vals[i] = value;
    else this.#str.set(key, this.#append(key, value));
  }

  #append(key: PyObject, value: PyObject): number {
    const i = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.#count++;
    this.keysVersion++;
    return i;
  }

  /** `del d[key]`; false when absent. */
  delete(key: PyObject): boolean {
    const i = this.indexOf(key);
    if (i < 0) return false;
    this.#removeAt(i);
    return true;
  }

  /** `del d[key]` for an exact-str key; false when absent. */
  deleteStr(key: string): boolean {
    const i = this.#str.get(key);
    if (i === undefined) return false;
    this.#removeAt(i);
    return true;
  }

  /** Removes the entry at position `i` (which must be live). */
  #removeAt(i: number): void {
    const key = this.keys[i]!;
    if (typeof key === "string") this.#str.delete(key);
    else {
      const nk = numericKey(key);
      const sk = nk === undefined ? plainStrSubclass(key) : undefined;
      if (nk !== undefined) this.#num!.delete(nk);
      else if (sk !== undefined) this.#str.delete(sk);
      else {
        const h = hash(key);
        const b = this.#obj!.get(h)!;
        if (typeof b === "number") this.#obj!.delete(h);
        else {
          b.splice(b.indexOf(i), 1);
          if (b.length === 1) this.#obj!.set(h, b[0]);
        }
      }
    }
    this.keys[i] = undefined;
    this.vals[i] = undefined as unknown as PyObject;
    this.#count--;
    this.keysVersion++;
    const n = this.keys.length;
    if (i === n - 1) {
      // Trailing holes cost nothing to drop and keep popitem() O(1).
      let m = n - 1;
      while (m > 0 && this.keys[m - 1] === undefined) m--;
      this.keys.length = m;
      this.vals.length = m;
    } else if (n > MIN_COMPACT && this.#count < n >> 1) this.#compact();
  }

  /** Removes `key` and returns its value; undefined when absent. */
  pop(key: PyObject): PyObject | undefined {
    const i = this.indexOf(key);
    if (i < 0) return undefined;
    const v = this.vals[i];
    this.#removeAt(i);
    return v;
  }

  /** Removes and returns the last entry (LIFO), or undefined when empty. */
  popLast(): [PyObject, PyObject] | undefined {
    const n = this.keys.length;
    if (this.#count === 0 || n === 0) return undefined;
    const k = this.keys[n - 1]!, v = this.vals[n - 1];
    this.#removeAt(n - 1);
    return [k, v];
  }

  #compact(): void {
    const keys = this.keys, vals = this.vals;
    this.keys = [];
    this.vals = [];
    this.#str = new Map();
    this.#num = null;
    this.#obj = null;
    this.#count = 0;
    this.layout++;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) this.set(k, vals[i]);
    }
  }

  /** `d.clear()`. */
  clear(): void {
    this.keys = [];
    this.vals = [];
    this.#str = new Map();
    this.#num = null;
    this.#obj = null;
    this.#count = 0;
    this.layout++;
    this.keysVersion++;
  }

  // -- Iteration ------------------------------------------------------------------------

  /** The live keys in order (a fresh array). */
  keyList(): PyObject[] {
    const out: PyObject[] = [];
    for (const k of this.keys) if (k !== undefined) out.push(k);
    return out;
  }

  /** The live values in order (a fresh array). */
  valueList(): PyObject[] {
    const out: PyObject[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) out.push(this.vals[i]);
    return out;
  }

  /** Calls `f(key, value)` for each live entry in order (no mutation allowed meanwhile). */
  forEach(f: (key: PyObject, value: PyObject) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) f(k, this.vals[i]);
    }
  }

  /** A shallow copy (same class only when asked). */
  copy(cls: PyType = T.dict): PyDict {
    const d = new PyDict(cls);
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) d.set(k, this.vals[i]);
    }
    return d;
  }
}

/** `PyDict` from the interface type of `vm/object.ts`. */
export function asDict(d: PyDictShape): PyDict {
  return d as PyDict;
}

/** A new dict from alternating keys and values (for BUILD_MAP). */
export function dictFromPairs(kv: readonly PyObject[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) d.set(kv[i], kv[i + 1]);
  return d;
}

/** A new dict with string keys (for `**kwargs`). */
export function dictFromEntries(names: readonly string[], values: readonly PyObject[], offset = 0): PyDict {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) d.setStr(names[i], values[offset + i]);
  return d;
}

function callMissing(missing: PyObject, d: PyDict, key: PyObject): PyObject {
  return callSpecial(missing, d, key);
}

/** Whether `x` is a dict (subclasses included). */
export function isDict(x: PyObject): x is PyDict {
  return x instanceof PyDict;
}

/** The type of `x` is exactly `dict`. */
export function isExactDict(x: PyObject): x is PyDict {
  return x instanceof PyDict && typeOf(x) === T.dict;
}

import { callSpecial } from "./calls.ts";
