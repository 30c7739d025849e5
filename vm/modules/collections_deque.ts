/**
 * `collections.deque` (CPython 3.11 Modules/_collectionsmodule.c): a ring
 * buffer with O(1) appends and pops at both ends, an optional `maxlen`
 * that trims the opposite end, and a `state` counter bumped on every
 * mutation so iterators report "deque mutated during iteration".
 *
 * @module
 */
import {
  PyHeap,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
  typeOf,
} from "../object.ts";
import {
  call,
  getIter,
  index,
  iterNext,
  None,
  NotImplemented,
  repr,
  richCompare,
} from "../abstract.ts";
import { eq } from "../operators.ts";
import { checkPositional, checkTupleArgs, noKeywords, parseArgs, Signature } from "../args.ts";
import { builtinType } from "../types.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
  PyIter,
} from "../descriptors.ts";
import { defIteratorSlots } from "../iterators.ts";
import { reprGuard, seqIndex } from "../list.ts";
import { intOf, typeName } from "../core.ts";
import { genericAlias } from "../generic_alias.ts";

export const DEQUE: PyType = builtinType("deque", T.object, {
  module: "collections",
  key: "collections.deque",
});
const DEQUE_ITER = builtinType("_deque_iterator", T.object, {
  module: "collections",
  key: "collections._deque_iterator",
});
const DEQUE_REV = builtinType("_deque_reverse_iterator", T.object, {
  module: "collections",
  key: "collections._deque_reverse_iterator",
});

/** A deque: `buf` is a power-of-two ring, items at `head .. head+length`. */
export class PyDeque extends PyHeap {
  cls: PyType;
  buf: (PyObject | undefined)[] = new Array(8);
  head = 0;
  length = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Bumped by every mutation (CPython's `deque->state`). */
  state = 0;
  constructor(cls: PyType = DEQUE) {
    super();
    this.cls = cls;
  }
  at(i: number): PyObject {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  put(i: number, v: PyObject): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    if (this.length < this.buf.length) return;
    const items = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
  }
  toArray(): PyObject[] {
    const out = new Array<PyObject>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
  setItems(items: PyObject[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.state++;
  }
  pushRight(v: PyObject): void {
    this.grow();
    this.put(this.length++, v);
    this.state++;
  }
  pushLeft(v: PyObject): void {
    this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
    this.state++;
  }
  popRight(): PyObject {
    if (this.length === 0) raise("IndexError", "pop from an empty deque");
    const i = (this.head + this.length - 1) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.length--;
    this.state++;
    return v;
  }
  popLeft(): PyObject {
    if (this.length === 0) raise("IndexError", "pop from an empty deque");
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    this.state++;
    return v;
  }
  // deque_append + NEEDS_TRIM: a full bounded deque drops from the other end.
  append(v: PyObject): void {
    if (this.maxlen === 0) return;
    this.pushRight(v);
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popLeft();
  }
  appendLeft(v: PyObject): void {
    if (this.maxlen === 0) return;
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popRight();
  }
}

function self(x: PyObject): PyDeque {
  if (!(x instanceof PyDeque)) {
    raise(
      "TypeError",
      `descriptor for 'collections.deque' objects doesn't apply to a '${typeName(x)}' object`,
    );
  }
  return x;
}

class DequeIter extends PyIter {
  cls: PyType;
  i = 0;
  readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super();
    this.cls = reverse ? DEQUE_REV : DEQUE_ITER;
    this.state = d.state;
  }
  next(): PyObject | undefined {
    const d = this.d;
    if (d.state !== this.state) {
      raise("RuntimeError", "deque mutated during iteration");
    }
    if (this.i >= d.length) return undefined;
    const k = this.i++;
    return d.at(this.reverse ? d.length - 1 - k : k);
  }
}
defIteratorSlots(DEQUE_ITER);
defIteratorSlots(DEQUE_REV);

function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  // Extending a deque with itself iterates over a snapshot.
  const src = iterable === d ? d.toArray() : null;
  if (src !== null) {
    for (const v of src) left ? d.appendLeft(v) : d.append(v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    left ? d.appendLeft(v) : d.append(v);
  }
}

const INIT = new Signature("deque", ["iterable", "maxlen"], { minpos: 0, maxpos: 2 });

defNew(DEQUE, (cls) => new PyDeque(cls));
defMethod(DEQUE, "__init__", (x, args, kw) => {
  const d = self(x);
  const a = parseArgs(INIT, args, kw);
  const m = a[1];
  if (m !== undefined && m !== None) {
    // PyLong_AsSsize_t: no __index__ conversion.
    const n = intOf(m);
    if (n === undefined) raise("TypeError", "an integer is required");
    if (typeof n === "bigint") {
      raise("OverflowError", "Python int too large to convert to C ssize_t");
    }
    if (n < 0) raise("ValueError", "maxlen must be non-negative");
    d.maxlen = n;
  } else d.maxlen = -1;
  if (d.length > 0) d.setItems([]);
  if (a[0] !== undefined) extend(d, a[0], false);
  return None;
});

defMethodO(DEQUE, "append", (x, v) => (self(x).append(v), None));
defMethodO(DEQUE, "appendleft", (x, v) => (self(x).appendLeft(v), None));
defMethodNoArgs(DEQUE, "pop", (x) => self(x).popRight());
defMethodNoArgs(DEQUE, "popleft", (x) => self(x).popLeft());
defMethodO(DEQUE, "extend", (x, it) => (extend(self(x), it, false), None));
defMethodO(DEQUE, "extendleft", (x, it) => (extend(self(x), it, true), None));
defMethodNoArgs(DEQUE, "clear", (x) => (self(x).setItems([]), None));
defMethodNoArgs(DEQUE, "copy", (x) => copyDeque(self(x)));
defMethodNoArgs(DEQUE, "__copy__", (x) => copyDeque(self(x)));

function copyDeque(d: PyDeque): PyObject {
  if (d.cls === DEQUE) {
    const c = new PyDeque();
    c.maxlen = d.maxlen;
    c.setItems(d.toArray());
    return c;
  }
  // deque_copy for subclasses: type(d)(d, maxlen) (or type(d)(d) when unbounded).
  return call(d.cls, d.maxlen < 0 ? [d] : [d, d.maxlen], null);
}

// deque_rotate: moves n items from the right end to the left end (n < 0: the other way).
defMethod(DEQUE, "rotate", (x, args, kw) => {
  noKeywords("deque.rotate", kw);
  checkPositional("deque.rotate", args.length, 0, 1);
  const d = self(x);
  let n = args.length === 0 ? 1 : Number(index(args[0]));
  const len = d.length;
  if (len <= 1) return None;
  n = ((n % len) + len) % len;
  if (n === 0) return None;
  d.setItems([...d.toArray().slice(len - n), ...d.toArray().slice(0, len - n)]);
  return None;
});

defMethodNoArgs(DEQUE, "reverse", (x) => {
  const d = self(x);
  d.setItems(d.toArray().reverse());
  return None;
});

defMethodO(DEQUE, "count", (x, v) => {
  const d = self(x);
  const state = d.state;
  let n = 0;
  for (let i = 0; i < d.length; i++) {
    const item = d.at(i);
    const hit = item === v || eq(item, v);
    if (d.state !== state) raise("RuntimeError", "deque mutated during iteration");
    if (hit) n++;
  }
  return n;
});

defMethod(DEQUE, "index", (x, args, kw) => {
  checkTupleArgs("index", args, kw, 1, 3);
  const d = self(x);
  const v = args[0];
  const len = d.length;
  const norm = (o: PyObject | undefined, dflt: number) => {
    if (o === undefined) return dflt;
    // _PyEval_SliceIndexNotNone: only ints and __index__ objects.
    if (
      intOf(o) === undefined && !(o instanceof PyHeap && o.cls.lookup("__index__") !== undefined)
    ) {
      raise("TypeError", "slice indices must be integers or have an __index__ method");
    }
    let i = Number(index(o));
    if (i < 0) i = Math.max(0, i + len);
    return Math.min(i, len);
  };
  const start = norm(args[1], 0);
  const stop = norm(args[2], len);
  const state = d.state;
  for (let i = start; i < stop && i < d.length; i++) {
    const item = d.at(i);
    const hit = item === v || eq(item, v);
    if (d.state !== state) raise("RuntimeError", "deque mutated during iteration");
    if (hit) return i;
  }
  raise("ValueError", `${repr(v)} is not in deque`);
});

defMethod(DEQUE, "insert", (x, args, kw) => {
  checkTupleArgs("insert", args, kw, 2, 2);
  const d = self(x);
  let i = Number(index(args[0]));
  if (d.maxlen >= 0 && d.length >= d.maxlen) {
    raise("IndexError", "deque already at its maximum size");
  }
  const items = d.toArray();
  const n = items.length;
  if (i < 0) i = Math.max(0, i + n);
  items.splice(Math.min(i, n), 0, args[1]);
  d.setItems(items);
  return None;
});

defMethodO(DEQUE, "remove", (x, v) => {
  const d = self(x);
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const item = d.at(i);
    const hit = item === v || eq(item, v);
    if (n !== d.length) raise("IndexError", "deque mutated during remove().");
    if (hit) {
      const items = d.toArray();
      items.splice(i, 1);
      d.setItems(items);
      return None;
    }
  }
  raise("ValueError", `${repr(v)} is not in deque`);
});

defGetSet(DEQUE, "maxlen", (x) => (self(x).maxlen < 0 ? None : self(x).maxlen));

defSlot(DEQUE, "__len__", (x) => self(x).length, 0);
defSlot(DEQUE, "__bool__", (x) => self(x).length > 0, 0);
defSlot(DEQUE, "__iter__", (x) => new DequeIter(self(x), false), 0);
defMethodNoArgs(DEQUE, "__reversed__", (x) => new DequeIter(self(x), true));
defSlot(DEQUE, "__contains__", (x, v) => {
  const d = self(x);
  const state = d.state;
  for (let i = 0; i < d.length; i++) {
    const item = d.at(i);
    const hit = item === v || eq(item, v);
    if (d.state !== state) raise("RuntimeError", "deque mutated during iteration");
    if (hit) return true;
  }
  return false;
}, 1);

function checkIndex(d: PyDeque, key: PyObject): number {
  if (
    typeof key !== "number" && typeof key !== "bigint" && typeof key !== "boolean" &&
    !(key instanceof PyHeap && key.cls.lookup("__index__") !== undefined)
  ) {
    raise("TypeError", `sequence index must be integer, not '${typeName(key)}'`);
  }
  let i = seqIndex(key, "deque");
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise("IndexError", "deque index out of range");
  return i;
}

defSlot(DEQUE, "__getitem__", (x, k) => {
  const d = self(x);
  return d.at(checkIndex(d, k));
}, 1);
defSlot(DEQUE, "__setitem__", (x, k, v) => {
  const d = self(x);
  d.put(checkIndex(d, k), v);
  return None;
}, 2);
defSlot(DEQUE, "__delitem__", (x, k) => {
  const d = self(x);
  const i = checkIndex(d, k);
  const items = d.toArray();
  items.splice(i, 1);
  d.setItems(items);
  return None;
}, 1);

defSlot(DEQUE, "__repr__", (x) => {
  const d = self(x);
  const name = typeOf(d).name;
  return reprGuard(d, "[...]", () => {
    const body = d.toArray().map((v) => repr(v)).join(", ");
    return d.maxlen < 0 ? `${name}([${body}])` : `${name}([${body}], maxlen=${d.maxlen})`;
  });
}, 0);
DEQUE.dict.set("__hash__", None);

// deque_richcompare: only deques compare; equal prefixes fall back to lengths.
function compare(op: 0 | 1 | 2 | 3 | 4 | 5) {
  return (x: PyObject, y: PyObject): PyObject => {
    if (!(x instanceof PyDeque) || !(y instanceof PyDeque)) return NotImplemented;
    const a = x.toArray(), b = y.toArray();
    if ((op === 2 || op === 3) && a.length !== b.length) return op === 3;
    let i = 0;
    for (; i < a.length && i < b.length; i++) {
      if (!(a[i] === b[i] || eq(a[i], b[i]))) break;
    }
    if (i >= a.length || i >= b.length) {
      const la = a.length, lb = b.length;
      return [la < lb, la <= lb, la === lb, la !== lb, la > lb, la >= lb][op];
    }
    if (op === 2) return false;
    if (op === 3) return true;
    return richCompare(a[i], b[i], op);
  };
}
(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).forEach((n, op) =>
  defSlot(DEQUE, n, compare(op as 0 | 1 | 2 | 3 | 4 | 5), 1)
);

defSlot(DEQUE, "__add__", (x, y) => {
  const d = self(x);
  if (!(y instanceof PyDeque)) {
    raise("TypeError", `can only concatenate deque (not "${typeName(y)}") to deque`);
  }
  const c = copyDeque(d) as PyDeque;
  extend(c, y, false);
  return c;
}, 1);
defSlot(DEQUE, "__iadd__", (x, y) => {
  extend(self(x), y, false);
  return x;
}, 1);

function repeat(d: PyDeque, n: PyObject): void {
  const k = Number(index(n));
  const items = d.toArray();
  if (k <= 0) {
    d.setItems([]);
    return;
  }
  for (let i = 1; i < k; i++) for (const v of items) d.append(v);
}
defSlot(DEQUE, "__mul__", (x, n) => {
  const c = copyDeque(self(x)) as PyDeque;
  repeat(c, n);
  return c;
}, 1);
defSlot(DEQUE, "__rmul__", (x, n) => {
  const c = copyDeque(self(x)) as PyDeque;
  repeat(c, n);
  return c;
}, 1);
defSlot(DEQUE, "__imul__", (x, n) => {
  repeat(self(x), n);
  return x;
}, 1);

// deque_reduce: (type(d), ((), maxlen), state, iter(d)) so copy and deepcopy
// rebuild a deque with the same bound.
defMethodNoArgs(DEQUE, "__reduce__", (x) => {
  const d = self(x);
  return new PyTuple([
    d.cls,
    new PyTuple([new PyTuple([]), d.maxlen < 0 ? None : d.maxlen]),
    None,
    getIter(new PyList(d.toArray())),
  ]);
});
defClassMethod(DEQUE, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));
