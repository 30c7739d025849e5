/**
 * `mappingproxy`: the read-only view of a class namespace (`C.__dict__`)
 * or of a dict (`d.keys().mapping`).
 *
 * @module
 */
import { PyHeap, type PyObject, type PyType, raise, T } from "./object.ts";
import { None } from "./types.ts";
import { defMethod, defMethodNoArgs, defSlot, PyIter } from "./descriptors.ts";
import { positional } from "./args.ts";
import { repr } from "./abstract.ts";
import { PyDict } from "./dict.ts";
import { raiseKeyError } from "./exceptions.ts";
import { PyDictView } from "./dict_views.ts";

/** A read-only mapping over a class dict (a JS `Map` of names) or a Python dict. */
export class PyMappingProxy extends PyHeap {
  cls: PyType = T.mappingproxy;
  readonly target: Map<string, PyObject> | PyDict;
  constructor(target: Map<string, PyObject> | PyDict) {
    super();
    this.target = target;
  }
  /** The entries in order. */
  entries(): [PyObject, PyObject][] {
    const t = this.target;
    if (t instanceof Map) return [...t.entries()];
    const out: [PyObject, PyObject][] = [];
    t.forEach((k, v) => out.push([k, v]));
    return out;
  }
  get(key: PyObject): PyObject | undefined {
    const t = this.target;
    if (t instanceof Map) return typeof key === "string" ? t.get(key) : undefined;
    return t.get(key);
  }
}

class ProxyIterator extends PyIter {
  cls: PyType = T.dict_keyiterator;
  readonly items: PyObject[];
  i = 0;
  constructor(items: PyObject[]) {
    super();
    this.items = items;
  }
  next(): PyObject | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
}

function self(x: PyObject): PyMappingProxy {
  return x as PyMappingProxy;
}

const M = T.mappingproxy;
defSlot(M, "__repr__", (x) => {
  const parts = self(x).entries().map(([k, v]) => `${repr(k)}: ${repr(v)}`);
  return `mappingproxy({${parts.join(", ")}})`;
}, 0);
defSlot(M, "__len__", (x) => self(x).entries().length, 0);
defSlot(M, "__getitem__", (x, k) => self(x).get(k) ?? raiseKeyError(k), 1);
defSlot(M, "__contains__", (x, k) => self(x).get(k) !== undefined, 1);
defSlot(M, "__iter__", (x) => new ProxyIterator(self(x).entries().map((e) => e[0])), 0);
defMethod(M, "get", (x, args, kwnames) => {
  positional("get", args, kwnames, 1, 2);
  return self(x).get(args[0]) ?? (args.length > 1 ? args[1] : None);
});
// The views are over a snapshot for class namespaces (a JS Map), live for dicts.
function asDict(p: PyMappingProxy): PyDict {
  if (p.target instanceof PyDict) return p.target;
  const d = new PyDict();
  for (const [k, v] of p.target) d.setStr(k, v);
  return d;
}
defMethodNoArgs(M, "keys", (x) => new PyDictView(asDict(self(x)), 0));
defMethodNoArgs(M, "values", (x) => new PyDictView(asDict(self(x)), 1));
defMethodNoArgs(M, "items", (x) => new PyDictView(asDict(self(x)), 2));
defMethodNoArgs(M, "copy", (x) => asDict(self(x)).copy());
defSlot(
  M,
  "__setitem__",
  () => raise("TypeError", "'mappingproxy' object does not support item assignment"),
  2,
);
