/**
 * `range` (CPython 3.11 Objects/rangeobject.c): O(1) `len`, indexing,
 * slicing and `in` for ints, arbitrary-size bounds, and the range
 * iterators (`range_iterator` on JS numbers, `longrange_iterator` beyond).
 *
 * @module
 */
import {
  intFromBig,
  PyHeap,
  type PyInt,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, typeLookup } from "./core.ts";
import {
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
  PyIter,
} from "./descriptors.ts";
import { positional } from "./args.ts";
import { eq, hash, index, repr } from "./abstract.ts";
import { PySlice } from "./slice.ts";

function big(x: PyInt): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

/** The number of items of `range(start, stop, step)` (CPython `compute_range_length`). */
export function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = big(start), b = big(stop), s = big(step);
  if (s > 0n) return intFromBig(a < b ? (b - a - 1n) / s + 1n : 0n);
  return intFromBig(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

/** A Python range. */
export class PyRange extends PyHeap {
  cls: PyType = T.range;
  readonly start: PyInt;
  readonly stop: PyInt;
  readonly step: PyInt;
  readonly length: PyInt;
  constructor(start: PyInt, stop: PyInt, step: PyInt) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
  /** `r[i]` for 0 <= i < length. */
  item(i: PyInt): PyInt {
    if (typeof i === "number" && typeof this.start === "number" && typeof this.step === "number") {
      const v = this.start + i * this.step;
      if (Number.isSafeInteger(v)) return v;
    }
    return intFromBig(big(this.start) + big(i) * big(this.step));
  }
}

/** `range(...)` from already converted ints. */
export function newRange(start: PyInt, stop: PyInt, step: PyInt = 1): PyRange {
  return new PyRange(start, stop, step);
}

/** `iter(range)` over JS numbers. */
export class RangeIterator extends PyIter {
  cls: PyType = T.range_iterator;
  next_: number;
  readonly step: number;
  remaining: number;
  constructor(start: number, step: number, length: number) {
    super();
    this.next_ = start;
    this.step = step;
    this.remaining = length;
  }
  next(): PyObject | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.next_;
    this.next_ = v + this.step;
    return v;
  }
}

/** `iter(range)` for ranges whose values leave the safe-integer range. */
export class LongRangeIterator extends PyIter {
  cls: PyType = T.longrange_iterator;
  cur: bigint;
  readonly step: bigint;
  remaining: bigint;
  constructor(start: bigint, step: bigint, length: bigint) {
    super();
    this.cur = start;
    this.step = step;
    this.remaining = length;
  }
  next(): PyObject | undefined {
    if (this.remaining <= 0n) return undefined;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return intFromBig(v);
  }
}

function iterRange(r: PyRange, reverse: boolean): PyIter {
  const len = r.length;
  const start = reverse ? (len === 0 ? r.start : r.item(intFromBig(big(len) - 1n))) : r.start;
  const step = reverse ? intFromBig(-big(r.step)) : r.step;
  if (typeof len === "number" && typeof start === "number" && typeof step === "number") {
    const last = start + (len - 1) * step;
    if (len === 0 || (Number.isSafeInteger(last) && Number.isSafeInteger(last + step))) {
      return new RangeIterator(start, step, len);
    }
  }
  return new LongRangeIterator(big(start), big(step), big(len));
}

/** `iter(range)`. */
export function rangeIter(r: PyRange): PyIter {
  return iterRange(r, false);
}

function self(x: PyObject): PyRange {
  return x as PyRange;
}

function isInt(x: PyObject): x is PyInt {
  return typeof x === "number" || typeof x === "bigint";
}

/** O(1) membership for ints (CPython `range_contains_long`). */
function containsInt(r: PyRange, v: PyInt): boolean {
  if (
    typeof v === "number" && typeof r.start === "number" && typeof r.stop === "number" &&
    typeof r.step === "number"
  ) {
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0;
  }
  const x = big(v), a = big(r.start), b = big(r.stop), s = big(r.step);
  if (s > 0n ? x < a || x >= b : x > a || x <= b) return false;
  return (x - a) % s === 0n;
}

const R = T.range;

defNew(R, (_cls, args, kwnames) => {
  positional("range", args, kwnames, 1, 3);
  if (args.length === 1) return new PyRange(0, index(args[0]), 1);
  const step = args.length === 3 ? index(args[2]) : 1;
  if (step === 0) raise("ValueError", "range() arg 3 must not be zero");
  return new PyRange(index(args[0]), index(args[1]), step);
});
defSlot(R, "__repr__", (x) => {
  const r = self(x);
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}, 0);
defSlot(R, "__len__", (x) => {
  const n = self(x).length;
  if (typeof n === "bigint" && n > (1n << 63n) - 1n) {
    raise("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return n;
}, 0);
defSlot(R, "__bool__", (x) => self(x).length !== 0, 0);
defSlot(R, "__iter__", (x) => rangeIter(self(x)), 0);
defMethodNoArgs(R, "__reversed__", (x) => iterRange(self(x), true));
defSlot(R, "__contains__", (x, v) => {
  const r = self(x);
  if (isInt(v) || typeof v === "boolean") return containsInt(r, intOf(v)!);
  for (let it = rangeIter(r), e = it.next(); e !== undefined; e = it.next()) {
    if (eq(e, v)) return true;
  }
  return false;
}, 1);
defSlot(R, "__getitem__", (x, key) => {
  const r = self(x);
  if (key instanceof PySlice) return sliceRange(r, key);
  let i = intOf(key);
  if (i === undefined) {
    if (
      typeof key === "string" || !(key instanceof PyHeap) ||
      typeLookup(key.cls, "__index__") === undefined
    ) {
      raise(
        "TypeError",
        `range indices must be integers or slices, not ${
          typeof key === "string" ? "str" : (key as PyHeap).cls.name
        }`,
      );
    }
    i = index(key);
  }
  const len = big(r.length);
  let bi = big(i);
  if (bi < 0n) bi += len;
  if (bi < 0n || bi >= len) raise("IndexError", "range object index out of range");
  return r.item(intFromBig(bi));
}, 1);

// CPython 3.11 compute_slice: the slice of the index range, mapped through the range.
function sliceRange(r: PyRange, s: PySlice): PyRange {
  const len = big(r.length);
  let step = 1n;
  if (s.step !== None) {
    step = big(index(s.step));
    if (step === 0n) raise("ValueError", "slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n, upper = neg ? len - 1n : len;
  const clamp = (v: PyObject, dflt: bigint) => {
    if (v === None) return dflt;
    let n = big(index(v));
    if (n < 0n) {
      n += len;
      if (n < lower) n = lower;
    } else if (n > upper) n = upper;
    return n;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  const a = big(r.start), st = big(r.step);
  return new PyRange(intFromBig(a + start * st), intFromBig(a + stop * st), intFromBig(st * step));
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}
defSlot(R, "__eq__", (a, b) => (b instanceof PyRange ? rangeEq(self(a), b) : NotImplemented), 1);
defSlot(R, "__ne__", (a, b) => (b instanceof PyRange ? !rangeEq(self(a), b) : NotImplemented), 1);
defSlot(R, "__hash__", (x) => {
  const r = self(x);
  const t = r.length === 0
    ? new PyTuple([0, None, None])
    : r.length === 1
    ? new PyTuple([1, r.start, None])
    : new PyTuple([r.length, r.start, r.step]);
  return hash(t);
}, 0);
defGetSet(R, "start", (x) => self(x).start);
defGetSet(R, "stop", (x) => self(x).stop);
defGetSet(R, "step", (x) => self(x).step);
defMethodO(R, "count", (x, v) => {
  const r = self(x);
  if (isInt(v) || typeof v === "boolean") return containsInt(r, intOf(v)!) ? 1 : 0;
  let n = 0;
  for (let it = rangeIter(r), e = it.next(); e !== undefined; e = it.next()) if (eq(e, v)) n++;
  return n;
});
defMethodO(R, "index", (x, v) => {
  const r = self(x);
  if (isInt(v) || typeof v === "boolean") {
    const i = intOf(v)!;
    if (containsInt(r, i)) return intFromBig((big(i) - big(r.start)) / big(r.step));
  } else {
    let k = 0;
    for (let it = rangeIter(r), e = it.next(); e !== undefined; e = it.next(), k++) {
      if (eq(e, v)) return k;
    }
  }
  raise("ValueError", `${repr(v)} is not in range`);
});
defMethod(R, "__getnewargs__", (x) => new PyTuple([self(x).start, self(x).stop, self(x).step]));
