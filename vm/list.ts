/**
 * `list` (CPython 3.11 Objects/listobject.c): methods, slicing, comparison,
 * repr with the recursion guard, the list iterators, the generic
 * `__getitem__` iterator, and the sort (CPython's run detection and binary
 * insertion, then stable merges: only `<` is ever asked, in CPython's order
 * for short lists, so even the error of a failed comparison matches).
 *
 * @module
 */
import {
  PyHeap,
  type PyInt,
  PyList,
  type PyObject,
  PyThrow,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, typeName } from "./core.ts";
import {
  defClassMethod,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
  PyIter,
  SlotFlags,
} from "./descriptors.ts";
import { parseArgs, positional, Signature } from "./args.ts";
import { call, getItem, index, repr, toArray, toArrayHinted } from "./abstract.ts";
import { eq, lessThan, richCompare } from "./operators.ts";
import type { CompareOp } from "./operators.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { throwMatches } from "./exceptions.ts";
import { genericAlias } from "./generic_alias.ts";
import {
  listAppend,
  listItem,
  listLength,
  listPop,
  listRepeat,
  listSlice,
  listView,
  setListItem,
} from "./list_storage.ts";

/** A new exact list owning `items`. */
export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

function self(x: PyObject): PyList {
  return x as PyList;
}

/** `l[i]` for an int index (negative from the end): "list index out of range". */
export function listGetIndex(l: PyList, i: number): PyObject {
  const native = l.native;
  if (native === null) {
    const items = l.generic;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise("IndexError", "list index out of range");
    return items[i];
  }
  if (i < 0) i += native.length;
  if (i < 0 || i >= native.length) raise("IndexError", "list index out of range");
  return native.get(i);
}

/** An index argument as a JS number: huge ints become IndexError as CPython's. */
export function seqIndex(key: PyObject, kind: string): number {
  const i = intOf(key);
  if (i === undefined) {
    if (
      typeof key === "string" || !(key instanceof PyHeap) ||
      key.cls.lookup("__index__") === undefined
    ) {
      raise("TypeError", `${kind} indices must be integers or slices, not ${typeName(key)}`);
    }
    return clampBig(index(key));
  }
  return clampBig(i);
}

const SSIZE_MIN = -(1n << 63n);
const SSIZE_MAX = (1n << 63n) - 1n;

/**
 * A big index as a JS number. Values that fit a Py_ssize_t are out of range for
 * any sequence, and their (inexact) number keeps them so; only larger ones get
 * CPython's overflow IndexError.
 */
function clampBig(i: PyInt): number {
  if (typeof i !== "bigint") return i;
  if (i < SSIZE_MIN || i > SSIZE_MAX) {
    raise("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  return Number(i);
}

// -- Recursive reprs (CPython's Py_ReprEnter / Py_ReprLeave) -----------------------------------

const reprActive = new Set<PyObject>();

/** Runs `f` unless `x` is already being repr'd, in which case returns `recursive`. */
export function reprGuard(x: PyObject, recursive: string, f: () => string): string {
  if (reprActive.has(x)) return recursive;
  reprActive.add(x);
  try {
    return f();
  } finally {
    reprActive.delete(x);
  }
}

/** Comma-separated reprs. */
export function reprItems(items: readonly PyObject[]): string {
  let s = "";
  for (let i = 0; i < items.length; i++) s += (i === 0 ? "" : ", ") + repr(items[i]);
  return s;
}

// -- Sequence comparison (list_richcompare / tuplerichcompare) --------------------------------

/** Compares two item arrays as CPython compares lists and tuples. */
export function compareItems(
  a: readonly PyObject[],
  b: readonly PyObject[],
  op: CompareOp,
): PyObject {
  if (a.length !== b.length && (op === 2 || op === 3)) return op === 3;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!eq(a[i], b[i])) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    switch (op) {
      case 0:
        return c < 0;
      case 1:
        return c <= 0;
      case 2:
        return c === 0;
      case 3:
        return c !== 0;
      case 4:
        return c > 0;
      default:
        return c >= 0;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(a[i], b[i], op);
}

// -- Sorting -----------------------------------------------------------------------------------

/**
 * Sorts `items` in place with `<` on `keys` (parallel array, or the items
 * themselves): CPython 3.11's `list.sort` semantics (stable; `reverse`
 * reverses, sorts and reverses back to keep equal items in order).
 */
export function sortList(items: PyObject[], keys: PyObject[] | null, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  const ks = keys ?? items;
  const vs = keys === null ? null : items;
  if (reverse) {
    ks.reverse();
    vs?.reverse();
  }
  // CPython 3.11 listobject.c list_sort_impl reverses back on its failure
  // path too: a comparison that raises leaves the list in forward order.
  try {
    timsortLite(ks, vs);
  } finally {
    if (reverse) {
      ks.reverse();
      vs?.reverse();
    }
  }
}

function swapRange(a: PyObject[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

// CPython 3.11 Objects/listobject.c count_run, binarysort, merge_compute_minrun.
function timsortLite(ks: PyObject[], vs: PyObject[] | null): void {
  const n = ks.length;
  let minrun = n, r = 0;
  while (minrun >= 64) {
    r |= minrun & 1;
    minrun >>= 1;
  }
  minrun += r;
  const runs: number[] = [];
  let lo = 0;
  while (lo < n) {
    let run = 1;
    if (lo + 1 < n) {
      run = 2;
      if (lessThan(ks[lo + 1], ks[lo])) {
        while (lo + run < n && lessThan(ks[lo + run], ks[lo + run - 1])) run++;
        swapRange(ks, lo, lo + run);
        if (vs !== null) swapRange(vs, lo, lo + run);
      } else {
        while (lo + run < n && !lessThan(ks[lo + run], ks[lo + run - 1])) run++;
      }
    }
    if (run < minrun) {
      const force = n - lo <= minrun ? n - lo : minrun;
      binarySort(ks, vs, lo, lo + force, lo + run);
      run = force;
    }
    runs.push(lo);
    lo += run;
  }
  runs.push(n);
  // Merge neighbouring runs pairwise until one is left; stable because a
  // right item moves ahead only when strictly less.
  let bounds = runs;
  while (bounds.length > 2) {
    const next: number[] = [];
    for (let i = 0; i + 2 < bounds.length; i += 2) {
      merge(ks, vs, bounds[i], bounds[i + 1], bounds[i + 2]);
      next.push(bounds[i]);
    }
    if ((bounds.length - 1) % 2 === 1) next.push(bounds[bounds.length - 2]);
    next.push(n);
    bounds = next;
  }
}

function binarySort(
  ks: PyObject[],
  vs: PyObject[] | null,
  lo: number,
  hi: number,
  start: number,
): void {
  for (; start < hi; start++) {
    let l = lo, r = start;
    const pivot = ks[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lessThan(pivot, ks[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) ks[p] = ks[p - 1];
    ks[l] = pivot;
    if (vs !== null) {
      const pv = vs[start];
      for (let p = start; p > l; p--) vs[p] = vs[p - 1];
      vs[l] = pv;
    }
  }
}

function merge(ks: PyObject[], vs: PyObject[] | null, lo: number, mid: number, hi: number): void {
  const left = ks.slice(lo, mid);
  const leftV = vs === null ? null : vs.slice(lo, mid);
  let i = 0, j = mid, k = lo;
  while (i < left.length && j < hi) {
    if (lessThan(ks[j], left[i])) {
      if (vs !== null) vs[k] = vs[j];
      ks[k++] = ks[j++];
    } else {
      if (vs !== null) vs[k] = leftV![i];
      ks[k++] = left[i++];
    }
  }
  while (i < left.length) {
    if (vs !== null) vs[k] = leftV![i];
    ks[k++] = left[i++];
  }
}

const SORT_SIG = new Signature("sort", ["key", "reverse"], { maxpos: 0 });

/** `list.sort(*, key=None, reverse=False)` on a list. */
export function listSort(l: PyList, args: PyObject[], kwnames: readonly string[] | null): void {
  const a = parseArgs(SORT_SIG, args, kwnames);
  const key = a[0] ?? None;
  const reverse = a[1] === undefined ? false : index(a[1]) !== 0;
  const items = l.items;
  // CPython empties the list while sorting, to detect mutation.
  l.items = [];
  try {
    let keys: PyObject[] | null = null;
    if (key !== None) {
      keys = new Array(items.length);
      for (let i = 0; i < items.length; i++) keys[i] = call(key, [items[i]], null);
    }
    sortList(items, keys, reverse);
  } finally {
    const modified = l.items.length !== 0;
    l.items = items;
    if (modified) raise("ValueError", "list modified during sort");
  }
}

// -- Iterators ------------------------------------------------------------------------------------

/** `iter(list)`. */
export class ListIterator extends PyIter {
  cls: PyType = T.list_iterator;
  /** The list, until the iterator is exhausted (shared layout with TupleIterator). */
  seq: PyList | null;
  i = 0;
  constructor(list: PyList) {
    super();
    this.seq = list;
  }
  next(): PyObject | undefined {
    const l = this.seq;
    if (l === null) return undefined;
    const n = l.native;
    if (n === null) {
      const items = l.generic;
      if (this.i < items.length) return items[this.i++];
    } else if (this.i < n.length) return n.get(this.i++);
    this.seq = null;
    return undefined;
  }
}

/** `reversed(list)`. */
export class ListReverseIterator extends PyIter {
  cls: PyType = T.list_reverseiterator;
  list: PyList | null;
  i: number;
  constructor(list: PyList) {
    super();
    this.list = list;
    this.i = listLength(list) - 1;
  }
  next(): PyObject | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i >= 0 && this.i < listLength(l)) return listItem(l, this.i--);
    this.list = null;
    return undefined;
  }
}

/** The iterator of objects with only `__getitem__` (CPython's `iterator` type). */
export class SeqIterator extends PyIter {
  cls: PyType = T.iterator;
  seq: PyObject | null;
  i = 0;
  constructor(seq: PyObject) {
    super();
    this.seq = seq;
  }
  next(): PyObject | undefined {
    if (this.seq === null) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (
        e instanceof PyThrow && (throwMatches(e, T.IndexError) || throwMatches(e, T.StopIteration))
      ) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

// -- The list type ----------------------------------------------------------------------------------

const L = T.list;

defNew(L, (cls) => new PyList([], cls));
defMethod(L, "__init__", (x, args, kwnames) => {
  positional("list", args, kwnames, 0, 1);
  const l = self(x);
  l.items = args.length === 0 ? [] : toArrayHinted(args[0]);
  return None;
});
defSlot(L, "__repr__", (x) => {
  const l = self(x);
  if (listLength(l) === 0) return "[]";
  return reprGuard(l, "[...]", () => "[" + reprItems(listView(l)) + "]");
}, 0);
L.dict.set("__hash__", None);
defSlot(L, "__len__", (x) => listLength(self(x)), 0);
defSlot(L, "__iter__", (x) => new ListIterator(self(x)), 0);
defMethodNoArgs(L, "__reversed__", (x) => new ListReverseIterator(self(x)));
defSlot(L, "__contains__", (x, v) => {
  for (const it of self(x).items) if (it === v || eq(it, v)) return true;
  return false;
}, 1);

defSlot(L, "__getitem__", (x, key) => {
  const l = self(x);
  if (typeof key === "number") return listGetIndex(l, key);
  if (key instanceof PySlice) {
    // Read without demoting the list (`vm/list_storage.ts`): a copy each time round is common.
    const [start, , step, n] = sliceIndices(key, listLength(l));
    if (step === 1) {
      const copy = listSlice(l, start, n);
      if (copy !== null) return copy;
    }
    const items = listView(l);
    if (step === 1) return new PyList(items.slice(start, start + n));
    const out = new Array<PyObject>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    return new PyList(out);
  }
  return listGetIndex(l, seqIndex(key, "list"));
}, 1);

defSlot(L, "__setitem__", (x, key, value) => {
  const l = self(x);
  if (key instanceof PySlice) {
    assignSlice(l, key, value);
    return None;
  }
  let i = typeof key === "number" ? key : seqIndex(key, "list");
  const n = listLength(l);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise("IndexError", "list assignment index out of range");
  setListItem(l, i, value);
  return None;
}, 2);

// CPython 3.11 list_ass_subscript / list_ass_slice.
function assignSlice(l: PyList, s: PySlice, value: PyObject): void {
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  if (step === 1) {
    let src: PyObject[];
    if (value === l) src = l.items.slice();
    else {
      try {
        src = toArray(value);
      } catch (e) {
        if (e instanceof PyThrow && throwMatches(e, T.TypeError) && !isIterable(value)) {
          raise("TypeError", "can only assign an iterable");
        }
        throw e;
      }
    }
    const hi = Math.max(start, stop);
    l.items.splice(start, hi - start, ...src);
    return;
  }
  let src: PyObject[];
  try {
    src = value === l ? l.items.slice() : toArray(value);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.TypeError) && !isIterable(value)) {
      raise("TypeError", "must assign iterable to extended slice");
    }
    throw e;
  }
  if (src.length !== n) {
    raise(
      "ValueError",
      `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`,
    );
  }
  for (let i = 0, j = start; i < n; i++, j += step) l.items[j] = src[i];
}

function isIterable(x: PyObject): boolean {
  if (typeof x === "string") return true;
  if (!(x instanceof PyHeap)) return false;
  return x.cls.lookup("__iter__") !== undefined || x.cls.lookup("__getitem__") !== undefined;
}

defSlot(L, "__delitem__", (x, key) => {
  const l = self(x);
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, l.items.length);
    if (step === 1) l.items.splice(start, Math.max(0, stop - start));
    else if (n > 0) {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      l.items = l.items.filter((_, i) => !drop.has(i));
    }
    return None;
  }
  let i = typeof key === "number" ? key : seqIndex(key, "list");
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) raise("IndexError", "list assignment index out of range");
  l.items.splice(i, 1);
  return None;
}, 1);

defSlot(
  L,
  "__add__",
  (x, o) => {
    if (!(o instanceof PyList)) {
      raise(
        "TypeError",
        `can only concatenate list (not "${typeName(o)}") to list`,
      );
    }
    return new PyList(self(x).items.concat(o.items));
  },
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  L,
  "__iadd__",
  (x, o) => {
    const l = self(x);
    const add = o === l ? l.items.slice() : toArray(o);
    for (const v of add) l.items.push(v);
    return l;
  },
  1,
  1,
  SlotFlags.Sequence,
);

/** `items * n` for sequence repetition ("can't multiply sequence by non-int of type 'float'"). */
export function repeatCount(n: PyObject): number {
  let i = intOf(n);
  if (i === undefined) {
    if (
      typeof n === "string" || !(n instanceof PyHeap) || n.cls.lookup("__index__") === undefined
    ) {
      raise("TypeError", `can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    i = index(n);
  }
  if (typeof i === "bigint") {
    if (i < 0n) return 0;
    raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return i < 0 ? 0 : i;
}

/** The length of `count` items repeated `n` times; MemoryError past what an array holds. */
function repeatLength(count: number, n: number): number {
  if (count * n > 2 ** 32) raise("MemoryError", "");
  return count * n;
}

/** `items` repeated `n` times. */
export function repeatItems(items: readonly PyObject[], n: number): PyObject[] {
  if (n === 0 || items.length === 0) return [];
  repeatLength(items.length, n);
  // One item (`[0] * n`, the common case) fills in one call V8 makes fast.
  if (items.length === 1) return new Array<PyObject>(n).fill(items[0]);
  const out = new Array<PyObject>(items.length * n);
  for (let k = 0, p = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[p++] = items[i];
  return out;
}

/** `l * n` as a new list. */
function repeatList(l: PyList, n: number): PyList {
  const items = listView(l);
  repeatLength(items.length, n);
  return listRepeat(items, n) ?? new PyList(repeatItems(items, n));
}

defSlot(
  L,
  "__mul__",
  (x, n) => repeatList(self(x), repeatCount(n)),
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  L,
  "__rmul__",
  (x, n) => repeatList(self(x), repeatCount(n)),
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  L,
  "__imul__",
  (x, n) => {
    const l = self(x);
    l.items = repeatItems(l.items, repeatCount(n));
    return l;
  },
  1,
  1,
  SlotFlags.Sequence,
);

for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(L, name, (a, b) => {
    if (!(b instanceof PyList)) return NotImplemented;
    return compareItems(self(a).items, b.items, op as CompareOp);
  }, 1);
}

defMethodO(L, "append", (x, v) => {
  listAppend(self(x), v);
  return None;
});
defMethodO(L, "extend", (x, v) => {
  const l = self(x);
  const add = v === l
    ? l.items.slice()
    : v instanceof PyList || v instanceof PyTuple
    ? v.items
    : toArrayHinted(v);
  for (const it of add) l.items.push(it);
  return None;
});
defMethod(L, "insert", (x, args, kwnames) => {
  positional("insert", args, kwnames, 2, 2);
  const items = self(x).items;
  let i = toSsize(index(args[0]));
  const n = items.length;
  if (i < 0) i = Math.max(0, i + n);
  else if (i > n) i = n;
  items.splice(i, 0, args[1]);
  return None;
});
defMethod(L, "pop", (x, args, kwnames) => {
  positional("pop", args, kwnames, 0, 1);
  const l = self(x);
  if (args.length === 0) {
    if (listLength(l) === 0) raise("IndexError", "pop from empty list");
    return listPop(l);
  }
  const items = l.items;
  if (items.length === 0) raise("IndexError", "pop from empty list");
  let i = toSsize(index(args[0]));
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise("IndexError", "pop index out of range");
  return items.splice(i, 1)[0];
});
defMethodO(L, "remove", (x, v) => {
  const items = self(x).items;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === v || eq(items[i], v)) {
      items.splice(i, 1);
      return None;
    }
  }
  raise("ValueError", "list.remove(x): x not in list");
});
defMethod(L, "index", (x, args, kwnames) => {
  positional("index", args, kwnames, 1, 3);
  const items = self(x).items;
  const [start, stop] = rangeArgs(args, items.length);
  for (let i = start; i < stop && i < items.length; i++) {
    if (items[i] === args[0] || eq(items[i], args[0])) return i;
  }
  raise("ValueError", `${repr(args[0])} is not in list`);
});
defMethodO(L, "count", (x, v) => {
  let n = 0;
  for (const it of self(x).items) if (it === v || eq(it, v)) n++;
  return n;
});
defMethodNoArgs(L, "clear", (x) => {
  self(x).items = [];
  return None;
});
defMethodNoArgs(L, "copy", (x) => new PyList(self(x).items.slice()));
defMethodNoArgs(L, "reverse", (x) => {
  self(x).items.reverse();
  return None;
});
defMethod(L, "sort", (x, args, kwnames) => {
  listSort(self(x), args, kwnames);
  return None;
});
defClassMethod(L, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

/** A Py_ssize_t argument (clamped as CPython clamps huge indices for insert/pop). */
export function toSsize(i: PyInt): number {
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** The optional `start`, `stop` arguments of `index()` methods, adjusted to `length`. */
export function rangeArgs(args: PyObject[], length: number): [number, number] {
  const conv = (v: PyObject): number => {
    const i = intOf(v);
    if (i === undefined) {
      if (
        typeof v === "string" || !(v instanceof PyHeap) || v.cls.lookup("__index__") === undefined
      ) {
        raise("TypeError", "slice indices must be integers or have an __index__ method");
      }
      return toSsize(index(v));
    }
    return toSsize(i);
  };
  let start = args.length > 1 ? conv(args[1]) : 0;
  let stop = args.length > 2 ? conv(args[2]) : length;
  if (start < 0) start = Math.max(0, start + length);
  if (stop < 0) stop = Math.max(0, stop + length);
  return [start, Math.min(stop, length)];
}
