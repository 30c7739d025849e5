/**
 * The `heapq` module. The sift functions follow CPython 3.11
 * Modules/_heapqmodule.c step for step, so the intermediate orders of a heap
 * list match CPython's; `nlargest`, `nsmallest` and `merge` follow
 * Lib/heapq.py (ties resolved by input order, as its decorated tuples do).
 *
 * @module
 */
import { PyBuiltinFunction, PyList, type PyObject, raise, T } from "../object.ts";
import { getIter, index, isTrue, iterNext, None, richCompare, toArray } from "../abstract.ts";
import { unaryNegative } from "../operators.ts";
import { call1 } from "../calls.ts";
import { eq, lessThan } from "../operators.ts";
import { nPositional, positional } from "../args.ts";
import { bindPy } from "./pyargs.ts";
import { builtinType } from "../types.ts";
import { PyIter } from "../descriptors.ts";
import { defIteratorSlots } from "../iterators.ts";
import { sortList } from "../list.ts";
import { typeName } from "../core.ts";
import { newModule } from "../object_type.ts";
import { PyDict } from "../dict.ts";
import { registerBuiltinModule } from "../vm.ts";

// Argument Clinic's `object(subclass_of='&PyList_Type')` converter.
function heapArg(x: PyObject, fname: string, argn: string): PyList {
  if (!(x instanceof PyList) || !x.cls.mro.includes(T.list)) {
    raise(
      "TypeError",
      `${fname}() argument${argn} must be list, not ${x === None ? "None" : typeName(x)}`,
    );
  }
  return x;
}

// METH_O functions report the module-qualified name.
function one(fname: string, args: PyObject[], kw: readonly string[] | null): PyList {
  if (kw !== null && kw.length > 0) {
    raise("TypeError", `_heapq.${fname}() takes no keyword arguments`);
  }
  if (args.length !== 1) {
    raise("TypeError", `_heapq.${fname}() takes exactly one argument (${args.length} given)`);
  }
  return heapArg(args[0], fname, "");
}

/** `lt` is `<` for a min-heap and the swapped `<` for a max-heap. */
type Less = (a: PyObject, b: PyObject) => boolean;
const minLess: Less = (a, b) => lessThan(a, b);
const maxLess: Less = (a, b) => lessThan(b, a);

// CPython 3.11 _heapqmodule.c siftdown: the comparison may run Python code
// that resizes the list, which CPython reports rather than corrupting the heap.
function siftDown(heap: PyList, start: number, pos: number, lt: Less): void {
  const size = heap.items.length;
  const newitem = heap.items[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const cmp = lt(newitem, parent);
    if (size !== heap.items.length) raise("RuntimeError", "list changed size during iteration");
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

// CPython 3.11 _heapqmodule.c siftup: bubbles the smaller child up to a leaf,
// then sifts the item back down (Knuth's "bottom-up" variant).
function siftUp(heap: PyList, pos: number, lt: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const arr = heap.items;
      const cmp = lt(arr[childpos], arr[childpos + 1]);
      childpos += cmp ? 0 : 1;
      if (endpos !== heap.items.length) {
        raise("RuntimeError", "list changed size during iteration");
      }
    }
    const arr = heap.items;
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, lt);
}

function heapPop(heap: PyList, lt: Less): PyObject {
  if (heap.items.length === 0) raise("IndexError", "index out of range");
  const last = heap.items.pop()!;
  if (heap.items.length === 0) return last;
  const ret = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, lt);
  return ret;
}

function heapReplace(heap: PyList, item: PyObject, lt: Less): PyObject {
  if (heap.items.length === 0) raise("IndexError", "index out of range");
  const ret = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, lt);
  return ret;
}

function heapify(heap: PyList, lt: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    cacheFriendlyHeapify(heap, lt);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, lt);
}

// CPython 3.11 _heapqmodule.c keep_top_bit.
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

// CPython 3.11 _heapqmodule.c cache_friendly_heapify: big lists are heapified
// subtree by subtree, an order of sifts that can leave a different (equally
// valid) heap than the plain loop, so it is followed exactly.
function cacheFriendlyHeapify(heap: PyList, lt: Less): void {
  const m = heap.items.length >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  const run = (from: number, to: number) => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        siftUp(heap, j, lt);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
  };
  run(leftmost - 1, mhalf);
  run(m - 1, leftmost);
}

function fn(name: string, call: (args: PyObject[], kwnames: readonly string[] | null) => PyObject) {
  return new PyBuiltinFunction(name, call);
}

// CPython 3.11 Lib/heapq.py nlargest/nsmallest: the result equals
// sorted(iterable, key=key, reverse=...)[:n], ties kept in input order.
function nBest(fname: string, largest: boolean, args: PyObject[], kw: readonly string[] | null) {
  const a = bindPy(fname, ["n", "iterable", "key"], 2, args, kw);
  const key = a[2] === undefined || a[2] === None ? null : a[2];
  const items = toArray(a[1]!);
  const nObj = a[0]!;
  let n: number;
  if (typeof nObj === "number" || typeof nObj === "boolean") n = Number(nObj);
  else if (typeof nObj === "bigint") n = nObj > 0n ? Infinity : -Infinity;
  else if (eq(nObj, 1)) n = 1;
  else {
    // Lib/heapq.py tests `n >= size`, then builds range(0, -n, -1): the
    // errors of a non-int n come from those expressions.
    if (isTrue(richCompare(nObj, items.length, 5))) {
      raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    index(unaryNegative(nObj));
    n = Number(index(nObj));
  }
  if (n <= 0 || items.length === 0) return new PyList([]);
  const keys = key === null ? null : items.map((x) => call1(key, x));
  // Stable sort on the keys; for "largest", a stable reverse keeps first-seen first.
  const idx = items.map((_, i) => i);
  const ks = keys ?? items.slice();
  sortList(idx as unknown as PyObject[], ks, largest);
  return new PyList((idx as number[]).slice(0, n).map((i) => items[i]));
}

/** `heapq.merge(*iterables, key=None, reverse=False)`: a lazy merge of sorted inputs. */
class MergeIter extends PyIter {
  cls = T["heapq.merge"];
  heads: { value: PyObject; key: PyObject; order: number; it: PyObject }[] = [];
  started = false;
  pending: MergeIter["heads"][number] | null = null;
  constructor(
    readonly iterables: PyObject[],
    readonly key: PyObject | null,
    readonly reverse: boolean,
  ) {
    super();
  }
  // A generator in Lib/heapq.py: nothing is iterated before the first next().
  private start(): void {
    this.started = true;
    const key = this.key;
    this.iterables.forEach((x, order) => {
      const it = getIter(x);
      const v = iterNext(it);
      if (v !== undefined) {
        this.heads.push({ value: v, key: key === null ? v : call1(key, v), order, it });
      }
    });
  }
  // The heap of Lib/heapq.py holds [key, order, value]: equal keys fall back to
  // the input's order, so earlier iterables win ties in both directions.
  next(): PyObject | undefined {
    if (!this.started) this.start();
    const h = this.heads;
    // Lib/heapq.py yields a value before pulling the next one from its input.
    const p = this.pending;
    if (p !== null) {
      this.pending = null;
      const v = iterNext(p.it);
      if (v === undefined) h.splice(h.indexOf(p), 1);
      else {
        p.value = v;
        p.key = this.key === null ? v : call1(this.key, v);
      }
    }
    if (h.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < h.length; i++) {
      const a = h[i], b = h[best];
      if (eq(a.key, b.key)) continue;
      if (this.reverse ? lessThan(b.key, a.key) : lessThan(a.key, b.key)) best = i;
    }
    const top = h[best];
    this.pending = top;
    const out = top.value;
    return out;
  }
}
builtinType("merge", T.object, { module: "heapq", key: "heapq.merge" });
T["heapq.merge"].name = "generator";
defIteratorSlots(T["heapq.merge"]);

registerBuiltinModule("heapq", () => {
  const d = new PyDict();
  const put = (f: PyBuiltinFunction) => d.setStr(f.name, f);
  put(fn("heappush", (args, kw) => {
    positional("heappush", args, kw, 2, 2);
    const heap = heapArg(args[0], "heappush", " 1");
    heap.items.push(args[1]);
    siftDown(heap, 0, heap.items.length - 1, minLess);
    return None;
  }));
  put(fn("heappop", (args, kw) => {
    return heapPop(one("heappop", args, kw), minLess);
  }));
  put(fn("heapify", (args, kw) => {
    heapify(one("heapify", args, kw), minLess);
    return None;
  }));
  put(fn("heapreplace", (args, kw) => {
    positional("heapreplace", args, kw, 2, 2);
    return heapReplace(heapArg(args[0], "heapreplace", " 1"), args[1], minLess);
  }));
  put(fn("heappushpop", (args, kw) => {
    positional("heappushpop", args, kw, 2, 2);
    const heap = heapArg(args[0], "heappushpop", " 1");
    const item = args[1];
    if (heap.items.length === 0) return item;
    const cmp = lessThan(heap.items[0], item);
    if (!cmp) return item;
    if (heap.items.length === 0) raise("IndexError", "index out of range");
    return heapReplace(heap, item, minLess);
  }));
  put(fn("_heappop_max", (args, kw) => {
    return heapPop(one("_heappop_max", args, kw), maxLess);
  }));
  put(fn("_heapify_max", (args, kw) => {
    heapify(one("_heapify_max", args, kw), maxLess);
    return None;
  }));
  put(fn("_heapreplace_max", (args, kw) => {
    positional("_heapreplace_max", args, kw, 2, 2);
    return heapReplace(heapArg(args[0], "_heapreplace_max", " 1"), args[1], maxLess);
  }));
  put(fn("nlargest", (args, kw) => nBest("nlargest", true, args, kw)));
  put(fn("nsmallest", (args, kw) => nBest("nsmallest", false, args, kw)));
  put(fn("merge", (args, kw) => {
    const npos = nPositional(args, kw);
    let key: PyObject | null = null;
    let reverse = false;
    for (let i = 0; i < (kw?.length ?? 0); i++) {
      const v = args[npos + i];
      if (kw![i] === "key") key = v === None ? null : v;
      else if (kw![i] === "reverse") reverse = v === true || (v !== false && v !== 0 && v !== None);
      else raise("TypeError", `merge() got an unexpected keyword argument '${kw![i]}'`);
    }
    return new MergeIter(args.slice(0, npos), key, reverse);
  }));
  d.setStr(
    "__all__",
    new PyList([
      "heappush",
      "heappop",
      "heapify",
      "heapreplace",
      "merge",
      "nlargest",
      "nsmallest",
      "heappushpop",
    ]),
  );
  return newModule("heapq", d);
});
