/**
 * `slice` objects and the index arithmetic every sequence shares (CPython
 * 3.11 Objects/sliceobject.c `PySlice_Unpack`, `PySlice_AdjustIndices`).
 *
 * @module
 */
import { PyHeap, type PyObject, PyTuple, type PyType, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf } from "./core.ts";
import { defGetSet, defMethod, defNew, defSlot } from "./descriptors.ts";
import { positional } from "./args.ts";
import { index, repr, richCompare } from "./abstract.ts";
import type { CompareOp } from "./operators.ts";

/** A Python slice. */
export class PySlice extends PyHeap {
  cls: PyType;
  readonly start: PyObject;
  readonly stop: PyObject;
  readonly step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super();
    this.cls = T.slice;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

// Py_ssize_t bounds: indices beyond them clamp, as CPython's _PyEval_SliceIndex.
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** A slice bound as a clamped JS number ("slice indices must be integers or None..."). */
function sliceIndex(v: PyObject): number {
  if (typeof v === "number") return v;
  let i = intOf(v);
  if (i === undefined) {
    if (
      typeof v === "string" || !(v instanceof PyHeap) || v.cls.lookup("__index__") === undefined
    ) {
      raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    i = index(v);
  }
  if (typeof i === "bigint") return i < 0n ? -SSIZE_MAX : SSIZE_MAX;
  return i;
}

/** Step, start and stop of a slice before adjustment to a length (`PySlice_Unpack`). */
export function unpackSlice(s: PySlice): [start: number, stop: number, step: number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) raise("ValueError", "slice step cannot be zero");
  }
  const start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start);
  const stop = s.stop === None ? (step < 0 ? -SSIZE_MAX : SSIZE_MAX) : sliceIndex(s.stop);
  return [start, stop, step];
}

/** `PySlice_AdjustIndices`: clamps to `length`; returns the slice length too. */
export function adjustIndices(
  length: number,
  start: number,
  stop: number,
  step: number,
): [start: number, stop: number, step: number, slicelength: number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** Both steps: the concrete indices of slice `s` over a sequence of `length`. */
export function sliceIndices(
  s: PySlice,
  length: number,
): [start: number, stop: number, step: number, n: number] {
  const [a, b, c] = unpackSlice(s);
  return adjustIndices(length, a, b, c);
}

// -- The slice type ---------------------------------------------------------------------------

function self(x: PyObject): PySlice {
  return x as PySlice;
}

defNew(T.slice, (_cls, args, kwnames) => {
  positional("slice", args, kwnames, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
});
defGetSet(T.slice, "start", (x) => self(x).start);
defGetSet(T.slice, "stop", (x) => self(x).stop);
defGetSet(T.slice, "step", (x) => self(x).step);
defSlot(T.slice, "__repr__", (x) => {
  const s = self(x);
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
}, 0);
T.slice.dict.set("__hash__", None);

function asTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}

for (const [i, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(T.slice, name, (a, b) => {
    if (!(b instanceof PySlice)) return NotImplemented;
    return richCompare(asTuple(self(a)), asTuple(b), i as CompareOp);
  }, 1);
}

// CPython 3.11 Objects/sliceobject.c slice_indices (with arbitrary-size ints).
defMethod(T.slice, "indices", (x, args, kwnames) => {
  const s = self(x);
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", "slice.indices() takes no keyword arguments");
  }
  if (args.length !== 1) {
    raise("TypeError", `slice.indices() takes exactly one argument (${args.length} given)`);
  }
  const lenObj = index(args[0]);
  const length = typeof lenObj === "bigint" ? lenObj : BigInt(lenObj);
  if (length < 0n) raise("ValueError", "length should not be negative");
  let step = 1n;
  if (s.step !== None) {
    step = BigInt(index(s.step));
    if (step === 0n) raise("ValueError", "slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: PyObject, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let n = BigInt(index(v));
    if (n < 0n) {
      n += length;
      if (n < lower) n = lower;
    } else if (n > upper) n = upper;
    return n;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  const norm = (v: bigint) => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
  return new PyTuple([norm(start), norm(stop), norm(step)]);
});
