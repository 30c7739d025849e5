/**
 * `tuple` (CPython 3.11 Objects/tupleobject.c): methods, hashing (xxHash
 * over the items' hashes, `vm/hash.ts`), slicing, comparison and the tuple
 * iterator.
 *
 * @module
 */
import { type PyList, type PyObject, PyTuple, type PyType, raise, T } from "./object.ts";
import { NotImplemented } from "./types.ts";
import { typeName } from "./core.ts";
import {
  defClassMethod,
  defMethod,
  defMethodO,
  defNew,
  defSlot,
  PyIter,
  SlotFlags,
} from "./descriptors.ts";
import { positional } from "./args.ts";
import { hash, repr, toArrayHinted } from "./abstract.ts";
import { eq } from "./operators.ts";
import type { CompareOp } from "./operators.ts";
import { tupleHash } from "./hash.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import {
  compareItems,
  rangeArgs,
  repeatCount,
  repeatItems,
  reprGuard,
  reprItems,
  seqIndex,
} from "./list.ts";
import { genericAlias } from "./generic_alias.ts";

/** The empty tuple (shared, as CPython's). */
export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

/** A new exact tuple of `items` (which must not change afterwards). */
export function newTuple(items: readonly PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

/** `tuple(x)`: `x` itself for an exact tuple. */
export function toTuple(x: PyObject): PyTuple {
  if (x instanceof PyTuple && x.cls === T.tuple) return x;
  return newTuple(toArrayHinted(x));
}

function self(x: PyObject): PyTuple {
  return x as PyTuple;
}

/** `t[i]` for an int index: "tuple index out of range". */
export function tupleGetIndex(t: PyTuple, i: number): PyObject {
  const items = t.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise("IndexError", "tuple index out of range");
  return items[i];
}

/** `iter(tuple)`. */
export class TupleIterator extends PyIter {
  cls: PyType = T.tuple_iterator;
  /** The tuple, until the iterator is exhausted (shared layout with ListIterator). */
  seq: PyTuple | null;
  i = 0;
  constructor(t: PyTuple) {
    super();
    this.seq = t;
  }
  next(): PyObject | undefined {
    const t = this.seq;
    if (t === null) return undefined;
    if (this.i < t.items.length) return t.items[this.i++];
    this.seq = null;
    return undefined;
  }
}

const TT = T.tuple;

defNew(TT, (cls, args, kwnames) => {
  positional("tuple", args, kwnames, 0, 1);
  if (cls === TT) return args.length === 0 ? EMPTY_TUPLE : toTuple(args[0]);
  return new PyTuple(args.length === 0 ? [] : toArrayHinted(args[0]), cls);
});
defSlot(TT, "__repr__", (x) => {
  const t = self(x);
  if (t.items.length === 0) return "()";
  return reprGuard(
    t,
    "(...)",
    () => t.items.length === 1 ? `(${repr(t.items[0])},)` : `(${reprItems(t.items)})`,
  );
}, 0);
defSlot(TT, "__hash__", (x) => {
  const items = self(x).items;
  const hs = new Array<number | bigint>(items.length);
  for (let i = 0; i < items.length; i++) hs[i] = hash(items[i]);
  return tupleHash(hs);
}, 0);
defSlot(TT, "__len__", (x) => self(x).items.length, 0);
defSlot(TT, "__iter__", (x) => new TupleIterator(self(x)), 0);
defSlot(TT, "__contains__", (x, v) => {
  for (const it of self(x).items) if (it === v || eq(it, v)) return true;
  return false;
}, 1);
defSlot(TT, "__getitem__", (x, key) => {
  const t = self(x);
  if (typeof key === "number") return tupleGetIndex(t, key);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, t.items.length);
    if (step === 1 && n === t.items.length && t.cls === TT) return t;
    const out = new Array<PyObject>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = t.items[j];
    return newTuple(out);
  }
  return tupleGetIndex(t, seqIndex(key, "tuple"));
}, 1);
defSlot(
  TT,
  "__add__",
  (x, o) => {
    if (!(o instanceof PyTuple)) {
      raise(
        "TypeError",
        `can only concatenate tuple (not "${typeName(o)}") to tuple`,
      );
    }
    const t = self(x);
    if (o.items.length === 0 && t.cls === TT) return t;
    return newTuple(t.items.concat(o.items));
  },
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  TT,
  "__mul__",
  (x, n) => newTuple(repeatItems(self(x).items, repeatCount(n))),
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  TT,
  "__rmul__",
  (x, n) => newTuple(repeatItems(self(x).items, repeatCount(n))),
  1,
  1,
  SlotFlags.Sequence,
);
for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(TT, name, (a, b) => {
    if (!(b instanceof PyTuple)) return NotImplemented;
    return compareItems(self(a).items, b.items, op as CompareOp);
  }, 1);
}
defMethod(TT, "index", (x, args, kwnames) => {
  positional("index", args, kwnames, 1, 3);
  const items = self(x).items;
  const [start, stop] = rangeArgs(args, items.length);
  for (let i = start; i < stop; i++) if (items[i] === args[0] || eq(items[i], args[0])) return i;
  raise("ValueError", "tuple.index(x): x not in tuple");
});
defMethodO(TT, "count", (x, v) => {
  let n = 0;
  for (const it of self(x).items) if (it === v || eq(it, v)) n++;
  return n;
});
defMethod(TT, "__getnewargs__", (x) => new PyTuple([new PyTuple(self(x).items)]));
defClassMethod(TT, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

/** A tuple of the list's items (a copy). */
export function listToTuple(l: PyList): PyTuple {
  return newTuple(l.items.slice());
}
