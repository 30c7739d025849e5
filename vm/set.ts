/**
 * `set` and `frozenset` (CPython 3.11 Objects/setobject.c) on
 * `vm/hashtable.ts`'s `SetTable`, a slot-for-slot port of CPython's table:
 * iteration and `pop()` order equal CPython's for the same operations.
 * One class, `PySet`, serves both types; `cls` tells them apart.
 *
 * @module
 */
import { PyHeap, type PyObject, PyThrow, type PyType, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { isSubtype } from "./core.ts";
import { defMethod, defMethodNoArgs, defMethodO, defNew, defSlot, PyIter } from "./descriptors.ts";
import { positional } from "./args.ts";
import { toArray } from "./abstract.ts";
import { type SetIterator, SetTable } from "./hashtable.ts";
import { PY_KEY_OPS, PyDict } from "./dict.ts";
import { raiseKeyError, throwMatches } from "./exceptions.ts";
import { reprGuard, reprItems } from "./list.ts";

/** A Python set or frozenset. */
export class PySet extends PyHeap {
  cls: PyType;
  table: SetTable<PyObject>;
  constructor(cls: PyType = T.set, table?: SetTable<PyObject>) {
    super();
    this.cls = cls;
    this.table = table ?? new SetTable(PY_KEY_OPS);
  }
  /** `len(s)`. */
  get size(): number {
    return this.table.used;
  }
}

/** A new exact set of `items` (BUILD_SET adds them in order). */
export function newSet(items: readonly PyObject[] = []): PySet {
  const s = new PySet();
  for (const x of items) s.table.add(x);
  return s;
}

/** A new exact frozenset of `items`. */
export function newFrozenSet(items: readonly PyObject[] = []): PySet {
  const s = new PySet(T.frozenset);
  for (const x of items) s.table.add(x);
  return s;
}

/** Whether `x` is a set or frozenset (subclasses included: `PyAnySet_Check`). */
export function isAnySet(x: PyObject): x is PySet {
  return x instanceof PySet;
}

function isFrozen(s: PySet): boolean {
  return s.cls === T.frozenset || isSubtype(s.cls, T.frozenset);
}

function self(x: PyObject): PySet {
  return x as PySet;
}

/** `set_update_internal`: adds the items of any iterable, with CPython's special cases. */
export function setUpdate(t: SetTable<PyObject>, other: PyObject): void {
  if (other instanceof PySet) t.merge(other.table);
  else if (other instanceof PyDict && other.cls === T.dict) t.updateFromDict(other.table);
  else t.updateKeys(toArray(other));
}

/** A table from any iterable (a set argument is used as it is). */
function tableOf(x: PyObject): SetTable<PyObject> {
  if (x instanceof PySet) return x.table;
  const t = new SetTable(PY_KEY_OPS);
  setUpdate(t, x);
  return t;
}

// CPython's set_contains/set_discard: an unhashable set key is looked up as a frozenset.
function withFrozenKey<R>(key: PyObject, f: (k: PyObject) => R): R {
  try {
    return f(key);
  } catch (e) {
    if (key instanceof PySet && e instanceof PyThrow && throwMatches(e, T.TypeError)) {
      return f(new PySet(T.frozenset, key.table.copy()));
    }
    throw e;
  }
}

/** The base type of results (`set` or `frozenset`, never a subclass: `make_new_set_basetype`). */
function resultType(s: PySet): PyType {
  return isFrozen(s) ? T.frozenset : T.set;
}

/** `iter(set)`. */
export class PySetIterator extends PyIter {
  cls: PyType = T.set_iterator;
  readonly it: SetIterator<PyObject>;
  constructor(s: PySet) {
    super();
    this.it = s.table.iter();
  }
  next(): PyObject | undefined {
    return this.it.next();
  }
}

// -- Both types ------------------------------------------------------------------------------

for (const tp of [T.set, T.frozenset]) {
  const frozen = tp === T.frozenset;
  defSlot(tp, "__repr__", (x) => {
    const s = self(x);
    const name = s.cls.name;
    const exact = s.cls === T.set;
    if (s.size === 0) return `${name}()`;
    return reprGuard(s, `${name}(...)`, () => {
      const body = "{" + reprItems(s.table.toArray()) + "}";
      return exact ? body : `${name}(${body})`;
    });
  }, 0);
  defSlot(tp, "__len__", (x) => self(x).size, 0);
  defSlot(tp, "__iter__", (x) => new PySetIterator(self(x)), 0);
  defSlot(tp, "__contains__", (x, k) => withFrozenKey(k, (kk) => self(x).table.has(kk)), 1);
  if (frozen) defSlot(tp, "__hash__", (x) => self(x).table.frozensetHash(), 0);
  else tp.dict.set("__hash__", None);

  const binop = (name: string, f: (a: PySet, b: PySet) => SetTable<PyObject>) => {
    defSlot(tp, `__${name}__`, (a, b) => {
      if (!(b instanceof PySet)) return NotImplemented;
      return new PySet(resultType(self(a)), f(self(a), b));
    }, 1);
    defSlot(tp, `__r${name}__`, (a, b) => {
      if (!(b instanceof PySet)) return NotImplemented;
      return new PySet(resultType(b), f(b, self(a)));
    }, 1);
  };
  binop("or", (a, b) => a.table.union(b.table));
  binop("and", (a, b) => a.table.intersection(b.table));
  binop("sub", (a, b) => a.table.difference(b.table));
  binop("xor", (a, b) => a.table.symmetricDifference(b.table));

  const cmp = (name: string, f: (a: SetTable<PyObject>, b: SetTable<PyObject>) => boolean) => {
    defSlot(
      tp,
      name,
      (a, b) => (b instanceof PySet ? f(self(a).table, b.table) : NotImplemented),
      1,
    );
  };
  cmp("__eq__", (a, b) => a.equals(b));
  cmp("__ne__", (a, b) => !a.equals(b));
  cmp("__le__", (a, b) => a.isSubset(b));
  cmp("__ge__", (a, b) => b.isSubset(a));
  cmp("__lt__", (a, b) => a.used < b.used && a.isSubset(b));
  cmp("__gt__", (a, b) => b.used < a.used && b.isSubset(a));

  const multi = (
    name: string,
    f: (t: SetTable<PyObject>, other: PyObject) => SetTable<PyObject>,
  ) => {
    defMethod(tp, name, (x, args, kwnames) => {
      positional(`${tp.name}.${name}`, args, kwnames, 0, Infinity);
      let t = self(x).table;
      if (args.length === 0) return new PySet(resultType(self(x)), t.copy());
      for (const o of args) t = f(t, o);
      return new PySet(resultType(self(x)), t === self(x).table ? t.copy() : t);
    });
  };
  // CPython 3.11 set_union: one copy, then each argument merged in.
  defMethod(tp, "union", (x, args, kwnames) => {
    positional(`${tp.name}.union`, args, kwnames, 0, Infinity);
    const r = self(x).table.copy();
    for (const o of args) setUpdate(r, o);
    return new PySet(resultType(self(x)), r);
  });
  multi(
    "intersection",
    (t, o) => (o instanceof PySet ? t.intersection(o.table) : t.intersectionKeys(toArray(o))),
  );
  // CPython 3.11 set_difference_multi: a difference, then in-place updates.
  defMethod(tp, "difference", (x, args, kwnames) => {
    positional(`${tp.name}.difference`, args, kwnames, 0, Infinity);
    const t = self(x).table;
    if (args.length === 0) return new PySet(resultType(self(x)), t.copy());
    const first = args[0];
    const r = first instanceof PySet
      ? t.difference(first.table)
      : first instanceof PyDict && first.cls === T.dict
      ? t.difference(tableOf(first))
      : t.differenceKeys(toArray(first));
    for (let i = 1; i < args.length; i++) {
      const o = args[i];
      if (o instanceof PySet) r.differenceUpdate(o.table);
      else r.differenceUpdateKeys(toArray(o));
    }
    return new PySet(resultType(self(x)), r);
  });
  // CPython 3.11 set_symmetric_difference: a new set of `other`, updated with self.
  defMethodO(tp, "symmetric_difference", (x, o) => {
    const r = new SetTable(PY_KEY_OPS);
    setUpdate(r, o);
    r.symmetricDifferenceUpdate(self(x).table);
    return new PySet(resultType(self(x)), r);
  });
  defMethodO(tp, "issubset", (x, o) => self(x).table.isSubset(tableOf(o)));
  defMethodO(tp, "issuperset", (x, o) => tableOf(o).isSubset(self(x).table));
  defMethodO(tp, "isdisjoint", (x, o) => {
    const t = self(x).table;
    if (o instanceof PySet) return t.isDisjoint(o.table);
    for (const k of toArray(o)) if (t.has(k)) return false;
    return true;
  });
  defMethodNoArgs(tp, "copy", (x) => {
    const s = self(x);
    if (frozen && s.cls === T.frozenset) return s;
    return new PySet(resultType(s), s.table.copy());
  });
}

// -- Construction --------------------------------------------------------------------------------

defNew(T.set, (cls) => new PySet(cls));
defMethod(T.set, "__init__", (x, args, kwnames) => {
  positional("set", args, kwnames, 0, 1);
  const s = self(x);
  if (s.size > 0) s.table.clear();
  if (args.length === 1) setUpdate(s.table, args[0]);
  return None;
});
defNew(T.frozenset, (cls, args, kwnames) => {
  positional("frozenset", args, kwnames, 0, 1);
  if (
    args.length === 1 && cls === T.frozenset && args[0] instanceof PySet &&
    args[0].cls === T.frozenset
  ) {
    return args[0];
  }
  const s = new PySet(cls);
  if (args.length === 1) setUpdate(s.table, args[0]);
  return s;
});

// -- set's mutators ------------------------------------------------------------------------------------

const S = T.set;
defMethodO(S, "add", (x, k) => {
  self(x).table.add(k);
  return None;
});
defMethodO(S, "remove", (x, k) => {
  if (!withFrozenKey(k, (kk) => self(x).table.discard(kk))) raiseKeyError(k);
  return None;
});
defMethodO(S, "discard", (x, k) => {
  withFrozenKey(k, (kk) => self(x).table.discard(kk));
  return None;
});
defMethodNoArgs(S, "pop", (x) => self(x).table.pop());
defMethodNoArgs(S, "clear", (x) => {
  self(x).table.clear();
  return None;
});
defMethod(S, "update", (x, args, kwnames) => {
  positional("set.update", args, kwnames, 0, Infinity);
  for (const o of args) setUpdate(self(x).table, o);
  return None;
});
defMethod(S, "intersection_update", (x, args, kwnames) => {
  positional("set.intersection_update", args, kwnames, 0, Infinity);
  const t = self(x).table;
  for (const o of args) {
    if (o instanceof PySet) t.intersectionUpdate(o.table);
    else t.intersectionUpdateKeys(toArray(o));
  }
  return None;
});
defMethod(S, "difference_update", (x, args, kwnames) => {
  positional("set.difference_update", args, kwnames, 0, Infinity);
  const t = self(x).table;
  for (const o of args) {
    if (o instanceof PySet) t.differenceUpdate(o.table);
    else t.differenceUpdateKeys(toArray(o));
  }
  return None;
});
defMethodO(S, "symmetric_difference_update", (x, o) => {
  const t = self(x).table;
  if (o instanceof PySet) t.symmetricDifferenceUpdate(o.table);
  else t.symmetricDifferenceUpdateKeys(toArray(o));
  return None;
});
const inplace = (name: string, f: (t: SetTable<PyObject>, o: PySet) => void) => {
  defSlot(S, name, (a, b) => {
    if (!(b instanceof PySet)) return NotImplemented;
    f(self(a).table, b);
    return a;
  }, 1);
};
inplace("__ior__", (t, o) => t.merge(o.table));
inplace("__iand__", (t, o) => t.intersectionUpdate(o.table));
inplace("__isub__", (t, o) => t.differenceUpdate(o.table));
inplace("__ixor__", (t, o) => t.symmetricDifferenceUpdate(o.table));

/** `key in s` for a set or frozenset (CPython set_contains). */
export function setContains(s: PySet, key: PyObject): boolean {
  return withFrozenKey(key, (k) => s.table.has(k));
}
