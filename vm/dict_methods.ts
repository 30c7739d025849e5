/**
 * The methods of `dict` (CPython 3.11 Objects/dictobject.c): construction
 * and `update` in all their forms, item access, `|`, comparison, repr, and
 * the dict iterators.
 *
 * @module
 */
import { PyHeap, PyList, type PyObject, PyTuple, type PyType, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defMethod,
  defMethodNoArgs,
  defNew,
  defSlot,
  PyIter,
} from "./descriptors.ts";
import { positional } from "./args.ts";
import {
  call,
  getAttrOrUndefined,
  getItem,
  getIter,
  iterNext,
  repr,
  setItem,
  toArray,
} from "./abstract.ts";
import { eq } from "./operators.ts";
import type { DictEntry, DictIterator } from "./hashtable.ts";
import { PyDict } from "./dict.ts";
import { raiseKeyError } from "./exceptions.ts";
import { reprGuard } from "./list.ts";
import { PyDictView } from "./dict_views.ts";
import { genericAlias } from "./generic_alias.ts";

function self(x: PyObject): PyDict {
  return x as PyDict;
}

// -- Iterators ---------------------------------------------------------------------------------

/** What a dict iterator yields: keys (0), values (1) or items (2). */
export type DictIterKind = 0 | 1 | 2;
const KEYS = 0, VALUES = 1, ITEMS = 2;

const ITER_TYPES = [
  ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"],
  ["dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"],
];

/** `iter(d)`, `iter(d.values())`, `reversed(d.items())`, ... */
export class PyDictIterator extends PyIter {
  cls: PyType;
  readonly it: DictIterator<PyObject, PyObject>;
  readonly kind: DictIterKind;
  constructor(d: PyDict, kind: DictIterKind, reversed = false) {
    super();
    this.cls = T[ITER_TYPES[reversed ? 1 : 0][kind]];
    this.it = d.table.iter(reversed);
    this.kind = kind;
  }
  next(): PyObject | undefined {
    const e: DictEntry<PyObject, PyObject> | undefined = this.it.next();
    if (e === undefined) return undefined;
    switch (this.kind) {
      case KEYS:
        return e.key;
      case VALUES:
        return e.value;
      default:
        return new PyTuple([e.key, e.value]);
    }
  }
}

// -- update -------------------------------------------------------------------------------------

/** `d.update(arg)` (CPython 3.11 `dict_update_arg`): a dict, a mapping with `keys()`, or pairs. */
export function dictUpdate(d: PyDict, arg: PyObject): void {
  if (arg instanceof PyDict && typeLookup(arg.cls, "__iter__") === T.dict.dict.get("__iter__")) {
    if (arg.cls === T.dict || typeLookup(arg.cls, "keys") === T.dict.dict.get("keys")) {
      d.table.update(arg.table);
      return;
    }
  }
  const keys = arg instanceof PyHeap ? getAttrOrUndefined(arg, "keys") : undefined;
  if (keys !== undefined) {
    for (const k of toArray(call(keys, [], null))) d.set(k, getItem(arg, k));
    return;
  }
  mergeFromSeq2(d, arg);
}

// CPython 3.11 PyDict_MergeFromSeq2.
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  for (let i = 0, item = iterNext(it); item !== undefined; i++, item = iterNext(it)) {
    let pair: readonly PyObject[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const isIterable = typeof item === "string" ||
        (item instanceof PyHeap &&
          (typeLookup(item.cls, "__iter__") !== undefined ||
            typeLookup(item.cls, "__getitem__") !== undefined));
      if (!isIterable) {
        raise("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      pair = toArray(item);
    }
    if (pair.length !== 2) {
      raise(
        "ValueError",
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    d.set(pair[0], pair[1]);
  }
}

function updateWithKeywords(
  d: PyDict,
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): void {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos > 1) raise("TypeError", `${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdate(d, args[0]);
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) d.setStr(kwnames[i], args[npos + i]);
  }
}

// -- The dict type ---------------------------------------------------------------------------------

const D = T.dict;

defNew(D, (cls) => new PyDict(cls));
defMethod(D, "__init__", (x, args, kwnames) => {
  updateWithKeywords(self(x), "dict", args, kwnames);
  return None;
});
defSlot(D, "__repr__", (x) => {
  const d = self(x);
  if (d.size === 0) return "{}";
  return reprGuard(d, "{...}", () => {
    const parts: string[] = [];
    for (const e of d.table.entries) if (e !== null) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
    return "{" + parts.join(", ") + "}";
  });
}, 0);
D.dict.set("__hash__", None);
defSlot(D, "__len__", (x) => self(x).size, 0);
defSlot(D, "__iter__", (x) => new PyDictIterator(self(x), KEYS), 0);
defMethodNoArgs(D, "__reversed__", (x) => new PyDictIterator(self(x), KEYS, true));
defSlot(D, "__contains__", (x, k) => self(x).has(k), 1);
defSlot(D, "__getitem__", (x, k) => self(x).getItem(k), 1);
defSlot(D, "__setitem__", (x, k, v) => {
  self(x).set(k, v);
  return None;
}, 2);
defSlot(D, "__delitem__", (x, k) => {
  if (!self(x).delete(k)) raiseKeyError(k);
  return None;
}, 1);

/** `a == b` for dicts (CPython 3.11 `dict_equal`). */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.table.entries) {
    if (e === null) continue;
    const key = e.key, av = e.value;
    const bv = b.get(key);
    if (bv === undefined) return false;
    if (av !== bv && !eq(av, bv)) return false;
  }
  return true;
}
defSlot(D, "__eq__", (a, b) => (b instanceof PyDict ? dictEqual(self(a), b) : NotImplemented), 1);
defSlot(D, "__ne__", (a, b) => (b instanceof PyDict ? !dictEqual(self(a), b) : NotImplemented), 1);
defSlot(D, "__or__", (a, b) => {
  if (!(b instanceof PyDict)) return NotImplemented;
  const r = self(a).copy(T.dict);
  dictUpdate(r, b);
  return r;
}, 1);
defSlot(D, "__ror__", (a, b) => {
  if (!(b instanceof PyDict)) return NotImplemented;
  const r = b.copy(T.dict);
  dictUpdate(r, a);
  return r;
}, 1);
defSlot(D, "__ior__", (a, b) => {
  dictUpdate(self(a), b);
  return a;
}, 1);

defMethodNoArgs(D, "keys", (x) => new PyDictView(self(x), KEYS));
defMethodNoArgs(D, "values", (x) => new PyDictView(self(x), VALUES));
defMethodNoArgs(D, "items", (x) => new PyDictView(self(x), ITEMS));
defMethod(D, "get", (x, args, kwnames) => {
  positional("get", args, kwnames, 1, 2);
  return self(x).get(args[0]) ?? (args.length > 1 ? args[1] : None);
});
defMethod(D, "setdefault", (x, args, kwnames) => {
  positional("setdefault", args, kwnames, 1, 2);
  return self(x).table.setDefault(args[0], args.length > 1 ? args[1] : None);
});
defMethod(D, "pop", (x, args, kwnames) => {
  positional("pop", args, kwnames, 1, 2);
  const v = self(x).pop(args[0]);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  raiseKeyError(args[0]);
});
defMethodNoArgs(D, "popitem", (x) => {
  const e = self(x).table.popitem();
  return new PyTuple([e.key, e.value]);
});
defMethod(D, "update", (x, args, kwnames) => {
  updateWithKeywords(self(x), "update", args, kwnames);
  return None;
});
defMethodNoArgs(D, "clear", (x) => {
  self(x).clear();
  return None;
});
defMethodNoArgs(D, "copy", (x) => self(x).copy(T.dict));
defClassMethod(D, "fromkeys", (cls, args, kwnames) => {
  positional("fromkeys", args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  if (cls === D) {
    const d = new PyDict();
    for (const k of toArray(args[0])) d.set(k, value);
    return d;
  }
  const d = call(cls, [], null);
  for (const k of toArray(args[0])) setItem(d, k, value);
  return d;
});
defClassMethod(D, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

/** Calls `obj.keys()` and returns the keys as an array (for `**mapping` and `dict(mapping)`). */
export function mappingKeys(obj: PyObject): PyObject[] {
  if (obj instanceof PyDict && obj.cls === T.dict) return obj.keyList();
  const keys = getAttrOrUndefined(obj, "keys");
  if (keys === undefined) raise("TypeError", `'${typeName(obj)}' object is not a mapping`);
  return toArray(call(keys, [], null));
}
