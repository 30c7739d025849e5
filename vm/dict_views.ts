/**
 * The dict views `dict_keys`, `dict_values` and `dict_items` (CPython 3.11
 * Objects/dictobject.c): live views of a dict; keys and items views are
 * set-like (`&`, `|`, `-`, `^`, comparisons, `isdisjoint`).
 *
 * @module
 */
import { PyHeap, type PyObject, PyTuple, type PyType, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { defGetSet, defMethodNoArgs, defMethodO, defSlot } from "./descriptors.ts";
import { toArray } from "./abstract.ts";
import { eq } from "./operators.ts";
import type { PyDict } from "./dict.ts";
import { type DictIterKind, PyDictIterator } from "./dict_methods.ts";

const KEYS = 0, VALUES = 1;
import { PySet, setUpdate } from "./set.ts";
import { reprGuard, reprItems } from "./list.ts";
import { PyMappingProxy } from "./mappingproxy.ts";

const VIEW_TYPES = ["dict_keys", "dict_values", "dict_items"];

/** `d.keys()`, `d.values()`, `d.items()`. */
export class PyDictView extends PyHeap {
  cls: PyType;
  readonly dict: PyDict;
  readonly kind: DictIterKind;
  constructor(dict: PyDict, kind: DictIterKind) {
    super();
    this.cls = T[VIEW_TYPES[kind]];
    this.dict = dict;
    this.kind = kind;
  }
}

function self(x: PyObject): PyDictView {
  return x as PyDictView;
}

/** The view's elements as a fresh array. */
function viewItems(v: PyDictView): PyObject[] {
  const out: PyObject[] = [];
  for (const e of v.dict.table.entries) {
    if (e === null) continue;
    out.push(v.kind === KEYS ? e.key : v.kind === VALUES ? e.value : new PyTuple([e.key, e.value]));
  }
  return out;
}

/** `x in view` for keys and items views. */
function viewContains(v: PyDictView, x: PyObject): boolean {
  if (v.kind === KEYS) return v.dict.has(x);
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const value = v.dict.get(x.items[0]);
  return value !== undefined && (value === x.items[1] || eq(value, x.items[1]));
}

/** A set of the view's elements, to combine with `other` (CPython builds a set first). */
function asSet(x: PyObject): PySet {
  const s = new PySet();
  setUpdate(s.table, x instanceof PyDictView ? toPyList(viewItems(x)) : x);
  return s;
}

function toPyList(items: PyObject[]): PyObject {
  return new PyTuple(items);
}

function isIterable(x: PyObject): boolean {
  return typeof x === "string" || (x instanceof PyHeap && (x.cls.lookup("__iter__") !== undefined));
}

for (const kind of [0, 1, 2] as DictIterKind[]) {
  const tp = T[VIEW_TYPES[kind]];
  defSlot(tp, "__len__", (x) => self(x).dict.size, 0);
  defSlot(tp, "__iter__", (x) => new PyDictIterator(self(x).dict, kind), 0);
  defMethodNoArgs(tp, "__reversed__", (x) => new PyDictIterator(self(x).dict, kind, true));
  defSlot(tp, "__repr__", (x) => {
    const v = self(x);
    return reprGuard(v, "...", () => `${tp.name}([${reprItems(viewItems(v))}])`);
  }, 0);
  defGetSet(tp, "mapping", (x) => new PyMappingProxy(self(x).dict));
  if (kind === VALUES) continue;
  tp.dict.set("__hash__", None);
  defSlot(tp, "__contains__", (x, k) => viewContains(self(x), k), 1);
  const binop = (name: string, f: (a: PySet, b: PyObject) => PySet) => {
    defSlot(tp, `__${name}__`, (a, b) => (isIterable(b) ? f(asSet(a), b) : NotImplemented), 1);
    defSlot(tp, `__r${name}__`, (a, b) => (isIterable(b) ? f(asSet(b), a) : NotImplemented), 1);
  };
  binop("and", (a, b) => new PySet(T.set, a.table.intersection(asSet(b).table)));
  binop("or", (a, b) => {
    setUpdate(a.table, b instanceof PyDictView ? asSet(b) : b);
    return a;
  });
  binop("sub", (a, b) => new PySet(T.set, a.table.difference(asSet(b).table)));
  binop("xor", (a, b) => new PySet(T.set, a.table.symmetricDifference(asSet(b).table)));
  const cmp = (name: string, f: (a: PySet, b: PySet) => boolean) => {
    defSlot(tp, name, (a, b) => {
      if (!(b instanceof PySet) && !(b instanceof PyDictView && b.kind !== VALUES)) {
        return NotImplemented;
      }
      return f(asSet(a), asSet(b));
    }, 1);
  };
  cmp("__eq__", (a, b) => a.table.equals(b.table));
  cmp("__ne__", (a, b) => !a.table.equals(b.table));
  cmp("__le__", (a, b) => a.table.isSubset(b.table));
  cmp("__ge__", (a, b) => b.table.isSubset(a.table));
  cmp("__lt__", (a, b) => a.size < b.size && a.table.isSubset(b.table));
  cmp("__gt__", (a, b) => b.size < a.size && b.table.isSubset(a.table));
  defMethodO(tp, "isdisjoint", (x, o) => {
    for (const k of toArray(o)) if (viewContains(self(x), k)) return false;
    return true;
  });
}
