/**
 * `dict`: the `PyDict` class behind the interface of `vm/object.ts`, a
 * Python object around `vm/hashtable.ts`'s `DictTable` (CPython 3.11's
 * compact dict semantics: insertion order, LIFO `popitem`, CPython's resize
 * points). Keys hash with `hash()` and compare with `==` (identity first);
 * exact strs, ints, bools and floats are found without hashing.
 *
 * The methods of the dict type are in `dict_methods.ts`, the views in
 * `dict_views.ts`.
 *
 * @module
 */
import { type PyDict as PyDictShape, PyHeap, type PyObject, type PyType, T } from "./object.ts";
import { typeLookup } from "./core.ts";
import { DictTable, type KeyOps, pyFastKey } from "./hashtable.ts";
import { hash } from "./abstract.ts";
import { eq } from "./operators.ts";
import { raiseKeyError } from "./exceptions.ts";
import { callSpecial } from "./calls.ts";

/** Hashing and equality of Python keys, for every table of the VM. */
export const PY_KEY_OPS: KeyOps<PyObject> = {
  hash: (k) => hash(k),
  eq: (a, b) => eq(a, b),
  fastKey: pyFastKey,
};

/** A Python dict. */
export class PyDict extends PyHeap implements PyDictShape {
  cls: PyType;
  table: DictTable<PyObject, PyObject>;

  constructor(cls: PyType = T.dict, table?: DictTable<PyObject, PyObject>) {
    super();
    this.cls = cls;
    this.table = table ?? new DictTable(PY_KEY_OPS);
  }

  /** `len(d)`. */
  get size(): number {
    return this.table.used;
  }

  /** Changes on every mutation (CPython's `ma_version_tag`), for caches of lookups. */
  get version(): number {
    return this.table.version;
  }

  /** `d.get(key)`: undefined when absent. */
  get(key: PyObject): PyObject | undefined {
    return this.table.get(key);
  }

  /** `d.get(key)` for an exact-str key (attribute and global names). */
  getStr(key: string): PyObject | undefined {
    return this.table.get(key);
  }

  /** `key in d`. */
  has(key: PyObject): boolean {
    return this.table.find(key) !== null;
  }

  /** `d[key]`: `__missing__` for subclasses, else KeyError. */
  getItem(key: PyObject): PyObject {
    const e = this.table.find(key);
    if (e !== null) return e.value;
    if (this.cls !== T.dict) {
      const missing = typeLookup(this.cls, "__missing__");
      if (missing !== undefined) return callSpecial(missing, this, key);
    }
    raiseKeyError(key);
  }

  /** `d[key] = value`: an equal key already present keeps its original object. */
  set(key: PyObject, value: PyObject): void {
    this.table.set(key, value);
  }

  /** `d[key] = value` for an exact-str key. */
  setStr(key: string, value: PyObject): void {
    this.table.set(key, value);
  }

  /** `del d[key]`; false when absent. */
  delete(key: PyObject): boolean {
    return this.table.delete(key) !== null;
  }

  /** `del d[key]` for an exact-str key; false when absent. */
  deleteStr(key: string): boolean {
    return this.table.delete(key) !== null;
  }

  /** Removes `key` and returns its value; undefined when absent. */
  pop(key: PyObject): PyObject | undefined {
    const e = this.table.delete(key);
    return e === null ? undefined : e.value;
  }

  /** `d.clear()`. */
  clear(): void {
    this.table.clear();
  }

  /** The keys in order (a fresh array). */
  keyList(): PyObject[] {
    return this.table.keys();
  }

  /** The values in order (a fresh array). */
  valueList(): PyObject[] {
    return this.table.values();
  }

  /** Calls `f(key, value)` for each entry in order (the dict must not change meanwhile). */
  forEach(f: (key: PyObject, value: PyObject) => void): void {
    for (const e of this.table.entries) if (e !== null) f(e.key, e.value);
  }

  /** A shallow copy, as an exact dict unless `cls` says otherwise. */
  copy(cls: PyType = T.dict): PyDict {
    return new PyDict(cls, this.table.copy());
  }
}

/** `PyDict` from the interface type of `vm/object.ts`. */
export function asDict(d: PyDictShape): PyDict {
  return d as PyDict;
}

/** A new dict from alternating keys and values (BUILD_MAP's order). */
export function dictFromPairs(kv: readonly PyObject[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) d.set(kv[i], kv[i + 1]);
  return d;
}

/** A new dict of keyword arguments: `names[i]` maps to `values[offset + i]`. */
export function dictFromKeywords(
  names: readonly string[],
  values: readonly PyObject[],
  offset = 0,
): PyDict {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) d.setStr(names[i], values[offset + i]);
  return d;
}

/** Whether `x` is a dict (subclasses included). */
export function isDict(x: PyObject): x is PyDict {
  return x instanceof PyDict;
}
