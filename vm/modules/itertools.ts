/**
 * The `itertools` module (CPython 3.11 Modules/itertoolsmodule.c): lazy
 * iterator types with CPython's type names, argument handling, reprs and
 * error messages.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyFloat,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "../object.ts";
import {
  binaryOp,
  call,
  getIter,
  index,
  isTrue,
  iterNext,
  NB_ADD,
  None,
  repr,
  richCompare,
} from "../abstract.ts";
import { typeLookup } from "../core.ts";
import { defClassMethod, defNew, defSlot, PyIter, PyModule } from "../descriptors.ts";
import { exactlyOne, noKeywords, nPositional, parseArgs, positional, Signature } from "../args.ts";
import { builtinType } from "../types.ts";
import { PyDict } from "../dict.ts";
import { defIteratorSlots } from "../iterators.ts";
import { registerBuiltinModule } from "../vm.ts";

/** `next()` of any iterator, with the fast path for TypeScript ones. */
function nextOf(it: PyObject): PyObject | undefined {
  return it instanceof PyIter ? it.next() : iterNext(it);
}

function iterType(name: string): PyType {
  const t = builtinType(name, T.object, { module: "itertools", key: `itertools.${name}` });
  defIteratorSlots(t);
  return t;
}

/** The items of an iterable, materialized (CPython's `PySequence_Tuple`). */
function items(x: PyObject): PyObject[] {
  const it = getIter(x);
  const out: PyObject[] = [];
  for (let v = nextOf(it); v !== undefined; v = nextOf(it)) out.push(v);
  return out;
}

/** A Py_ssize_t argument: `index()`, then range-checked. */
function ssize(x: PyObject): number {
  const i = index(x);
  if (typeof i === "bigint") raise("OverflowError", "Python int too large to convert to C ssize_t");
  return i;
}

// -- count ------------------------------------------------------------------------------------

const COUNT = iterType("count");

class Count extends PyIter {
  constructor(public cls: PyType, public cnt: PyObject, readonly step: PyObject) {
    super();
  }
  next(): PyObject {
    const v = this.cnt;
    this.cnt = typeof v === "number" && typeof this.step === "number" &&
        Number.isSafeInteger(v + this.step)
      ? v + this.step
      : binaryOp(v, this.step, NB_ADD);
    return v;
  }
}

// CPython 3.11 itertoolsmodule.c itertools_count_impl: PyNumber_Check on both.
function isNumber(x: PyObject): boolean {
  if (typeof x !== "object") return typeof x !== "string";
  if (x instanceof PyFloat) return true;
  return ["__index__", "__int__", "__float__", "__complex__"].some((n) =>
    typeLookup(x.cls, n) !== undefined
  );
}

const COUNT_SIG = new Signature("count", ["start", "step"]);
defNew(COUNT, (cls, args, kwnames) => {
  const a = parseArgs(COUNT_SIG, args, kwnames);
  const start = a[0] ?? 0, step = a[1] ?? 1;
  if (!isNumber(start) || !isNumber(step)) raise("TypeError", "a number is required");
  return new Count(cls, start, step);
});
defSlot(COUNT, "__repr__", (self) => {
  const c = self as Count;
  // CPython omits a step that is the int 1 (bool included: it is a PyLong).
  if (c.step === 1 || c.step === true) return `${c.cls.name}(${repr(c.cnt)})`;
  return `${c.cls.name}(${repr(c.cnt)}, ${repr(c.step)})`;
}, 0);

// -- cycle / repeat ---------------------------------------------------------------------------

const CYCLE = iterType("cycle");

class Cycle extends PyIter {
  saved: PyObject[] = [];
  it: PyObject | null;
  i = 0;
  constructor(public cls: PyType, it: PyObject) {
    super();
    this.it = it;
  }
  next(): PyObject | undefined {
    if (this.it !== null) {
      const v = nextOf(this.it);
      if (v !== undefined) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    if (this.saved.length === 0) return undefined;
    const v = this.saved[this.i];
    this.i = (this.i + 1) % this.saved.length;
    return v;
  }
}

defNew(CYCLE, (cls, args, kwnames) => {
  if (cls === CYCLE) noKeywords("cycle", kwnames);
  positional("cycle", args, kwnames, 1, 1);
  return new Cycle(cls, getIter(args[0]));
});

const REPEAT = iterType("repeat");

class Repeat extends PyIter {
  /** Remaining repetitions, or -1 for forever. */
  constructor(public cls: PyType, readonly obj: PyObject, public cnt: number) {
    super();
  }
  next(): PyObject | undefined {
    if (this.cnt === 0) return undefined;
    if (this.cnt > 0) this.cnt--;
    return this.obj;
  }
}

const REPEAT_SIG = new Signature("repeat", ["object", "times"], { minpos: 1 });
defNew(REPEAT, (cls, args, kwnames) => {
  const a = parseArgs(REPEAT_SIG, args, kwnames);
  // CPython clamps a negative count to 0.
  const n = a[1] === undefined ? -1 : Math.max(0, ssize(a[1]));
  return new Repeat(cls, a[0]!, n);
});
defSlot(REPEAT, "__repr__", (self) => {
  const r = self as Repeat;
  return r.cnt < 0 ? `${r.cls.name}(${repr(r.obj)})` : `${r.cls.name}(${repr(r.obj)}, ${r.cnt})`;
}, 0);
defSlot(REPEAT, "__length_hint__", (self) => {
  const r = self as Repeat;
  if (r.cnt < 0) raise("TypeError", "len() of unsized object");
  return r.cnt;
}, 0);

// -- chain ------------------------------------------------------------------------------------

const CHAIN = iterType("chain");

class Chain extends PyIter {
  active: PyObject | null = null;
  constructor(public cls: PyType, public source: PyObject | null) {
    super();
  }
  next(): PyObject | undefined {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return undefined;
        const nextIterable = nextOf(this.source);
        if (nextIterable === undefined) {
          this.source = null;
          return undefined;
        }
        this.active = getIter(nextIterable);
      }
      const v = nextOf(this.active);
      if (v !== undefined) return v;
      this.active = null;
    }
  }
}

defNew(CHAIN, (cls, args, kwnames) => {
  if (cls === CHAIN) noKeywords("chain", kwnames);
  return new Chain(cls, getIter(new PyTuple(args.slice())));
});
defClassMethod(CHAIN, "from_iterable", (cls, args, kwnames) => {
  const x = exactlyOne("chain.from_iterable", args, kwnames);
  return new Chain(cls, getIter(x));
});

// -- islice -----------------------------------------------------------------------------------

const ISLICE = iterType("islice");

class ISlice extends PyIter {
  cnt = 0;
  constructor(
    public cls: PyType,
    public it: PyObject | null,
    public next_: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  // CPython 3.11 islice_next: skips to `next_`, then counts `step` at a time.
  next(): PyObject | undefined {
    const it = this.it;
    if (it === null) return undefined;
    const stop = this.stop;
    while (this.cnt < this.next_) {
      const v = nextOf(it);
      if (v === undefined) {
        this.it = null;
        return undefined;
      }
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) {
      this.it = null;
      return undefined;
    }
    const v = nextOf(it);
    if (v === undefined) {
      this.it = null;
      return undefined;
    }
    this.cnt++;
    const old = this.next_;
    this.next_ += this.step;
    if (this.next_ < old || (stop !== -1 && this.next_ > stop)) this.next_ = stop;
    return v;
  }
}

/** CPython's `PyNumber_AsSsize_t` for islice: null where it raises. */
function asSsize(x: PyObject): number | null {
  let i: PyObject;
  if (typeof x === "number" || typeof x === "bigint") i = x;
  else if (typeof x === "boolean") i = x ? 1 : 0;
  else if (typeof x === "object" && typeLookup(x.cls, "__index__") !== undefined) i = index(x);
  else return null;
  if (typeof i === "bigint") {
    if (i > 9223372036854775807n || i < -9223372036854775808n) return null;
    return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  return i as number;
}

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// CPython 3.11 islice_new: the checks, and which of the three messages, in its order.
defNew(ISLICE, (cls, args, kwnames) => {
  if (cls === ISLICE) noKeywords("islice", kwnames);
  positional("islice", args, kwnames, 2, 4);
  let start: number | null = 0, stop: number | null = -1, step: number | null = 1;
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = asSsize(args[1]);
      if (stop === null || stop === -1) raise("ValueError", STOP_MSG);
    }
  } else {
    if (args[1] !== None) start = asSsize(args[1]) ?? -1;
    if (args[2] !== None) {
      stop = asSsize(args[2]);
      if (stop === null || stop === -1) raise("ValueError", STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) {
    raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (args.length === 4 && args[3] !== None) step = asSsize(args[3]) ?? -1;
  if (step < 1) raise("ValueError", "Step for islice() must be a positive integer or None.");
  const it = getIter(args[0]);
  return new ISlice(cls, it, start, stop, step);
});

// -- product / permutations / combinations ------------------------------------------------------

const PRODUCT = iterType("product");

class Product extends PyIter {
  indices: number[] | null = null;
  done = false;
  constructor(public cls: PyType, readonly pools: PyObject[][]) {
    super();
  }
  // CPython 3.11 product_next: an odometer over the pools' indices.
  next(): PyObject | undefined {
    if (this.done) return undefined;
    const pools = this.pools;
    if (this.indices === null) {
      if (pools.some((p) => p.length === 0)) {
        this.done = true;
        return undefined;
      }
      this.indices = pools.map(() => 0);
    } else {
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        if (++this.indices[i] < pools[i].length) break;
        this.indices[i] = 0;
      }
      if (i < 0) {
        this.done = true;
        return undefined;
      }
    }
    return new PyTuple(this.indices.map((k, i) => pools[i][k]));
  }
}

defNew(PRODUCT, (cls, args, kwnames) => {
  const npos = nPositional(args, kwnames);
  let rep = 1;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      if (kwnames[k] !== "repeat") {
        raise("TypeError", `'${kwnames[k]}' is an invalid keyword argument for product()`);
      }
      rep = ssize(args[npos + k]);
      if (rep < 0) raise("ValueError", "repeat argument cannot be negative");
    }
  }
  const pools: PyObject[][] = [];
  for (let i = 0; i < npos; i++) pools.push(items(args[i]));
  const all: PyObject[][] = [];
  for (let r = 0; r < rep; r++) all.push(...pools);
  return new Product(cls, all);
});

const PERMUTATIONS = iterType("permutations");

class Permutations extends PyIter {
  indices: number[];
  cycles: number[];
  first = true;
  done: boolean;
  constructor(public cls: PyType, readonly pool: PyObject[], readonly r: number) {
    super();
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.done = r > n;
  }
  // CPython 3.11 permutations_next (the algorithm of the documented Python equivalent).
  next(): PyObject | undefined {
    if (this.done) return undefined;
    const { pool, r, indices, cycles } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
    } else {
      if (n === 0) {
        this.done = true;
        return undefined;
      }
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const x = indices[i];
          indices.splice(i, 1);
          indices.push(x);
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          [indices[i], indices[j]] = [indices[j], indices[i]];
          break;
        }
      }
      if (i < 0) {
        this.done = true;
        return undefined;
      }
    }
    return new PyTuple(indices.slice(0, r).map((k) => pool[k]));
  }
}

const PERMUTATIONS_SIG = new Signature("permutations", ["iterable", "r"], { minpos: 1 });
defNew(PERMUTATIONS, (cls, args, kwnames) => {
  const a = parseArgs(PERMUTATIONS_SIG, args, kwnames);
  const pool = items(a[0]!);
  let r = pool.length;
  if (a[1] !== undefined && a[1] !== None) {
    if (typeof a[1] !== "number" && typeof a[1] !== "bigint" && typeof a[1] !== "boolean") {
      raise("TypeError", "Expected int as r");
    }
    r = ssize(a[1]);
    if (r < 0) raise("ValueError", "r must be non-negative");
  }
  return new Permutations(cls, pool, r);
});

const COMBINATIONS = iterType("combinations");
const CWR = iterType("combinations_with_replacement");

class Combinations extends PyIter {
  indices: number[] | null = null;
  done: boolean;
  constructor(
    public cls: PyType,
    readonly pool: PyObject[],
    readonly r: number,
    readonly replace: boolean,
  ) {
    super();
    this.done = !replace && r > pool.length || (replace && pool.length === 0 && r > 0);
  }
  // CPython 3.11 combinations_next / cwr_next: indices in lexicographic order.
  next(): PyObject | undefined {
    if (this.done) return undefined;
    const { pool, r } = this;
    const n = pool.length;
    if (this.indices === null) {
      this.indices = Array.from({ length: r }, (_, i) => this.replace ? 0 : i);
    } else {
      const indices = this.indices;
      let i = r - 1;
      if (this.replace) {
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          this.done = true;
          return undefined;
        }
        const v = indices[i] + 1;
        for (let j = i; j < r; j++) indices[j] = v;
      } else {
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          this.done = true;
          return undefined;
        }
        indices[i]++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      }
    }
    return new PyTuple(this.indices.map((k) => pool[k]));
  }
}

for (const [tp, replace] of [[COMBINATIONS, false], [CWR, true]] as const) {
  const sig = new Signature(tp.name, ["iterable", "r"], { minpos: 2 });
  defNew(tp, (cls, args, kwnames) => {
    const a = parseArgs(sig, args, kwnames);
    const pool = items(a[0]!);
    const r = ssize(a[1]!);
    if (r < 0) raise("ValueError", "r must be non-negative");
    return new Combinations(cls, pool, r, replace);
  });
}

// -- accumulate / zip_longest / starmap -----------------------------------------------------------

const ACCUMULATE = iterType("accumulate");

class Accumulate extends PyIter {
  total: PyObject | undefined = undefined;
  constructor(
    public cls: PyType,
    readonly it: PyObject,
    readonly func: PyObject,
    public initial: PyObject | undefined,
  ) {
    super();
  }
  next(): PyObject | undefined {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const v = nextOf(this.it);
    if (v === undefined) return undefined;
    if (this.total === undefined) this.total = v;
    else if (this.func === None) this.total = binaryOp(this.total, v, NB_ADD);
    else this.total = call(this.func, [this.total, v], null);
    return this.total;
  }
}

const ACCUMULATE_SIG = new Signature("accumulate", ["iterable", "func", "initial"], {
  minpos: 1,
  maxpos: 2,
});
defNew(ACCUMULATE, (cls, args, kwnames) => {
  const a = parseArgs(ACCUMULATE_SIG, args, kwnames);
  const it = getIter(a[0]!);
  const init = a[2] === undefined || a[2] === None ? undefined : a[2];
  return new Accumulate(cls, it, a[1] ?? None, init);
});

const ZIP_LONGEST = iterType("zip_longest");

class ZipLongest extends PyIter {
  active: number;
  constructor(public cls: PyType, readonly its: (PyObject | null)[], readonly fill: PyObject) {
    super();
    this.active = its.length;
  }
  next(): PyObject | undefined {
    const its = this.its;
    if (its.length === 0 || this.active === 0) return undefined;
    const out = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      let v: PyObject | undefined = undefined;
      if (it !== null) {
        v = nextOf(it);
        if (v === undefined) {
          its[i] = null;
          if (--this.active === 0) return undefined;
        }
      }
      out[i] = v ?? this.fill;
    }
    return new PyTuple(out);
  }
}

defNew(ZIP_LONGEST, (cls, args, kwnames) => {
  const npos = nPositional(args, kwnames);
  let fill: PyObject = None;
  if (kwnames !== null && kwnames.length > 0) {
    // CPython 3.11 zip_longest_new looks for exactly one "fillvalue" keyword.
    if (kwnames.length !== 1 || kwnames[0] !== "fillvalue") {
      raise("TypeError", "zip_longest() got an unexpected keyword argument");
    }
    fill = args[npos];
  }
  const its: PyObject[] = [];
  for (let i = 0; i < npos; i++) its.push(getIter(args[i]));
  return new ZipLongest(cls, its, fill);
});

const STARMAP = iterType("starmap");

class Starmap extends PyIter {
  constructor(public cls: PyType, readonly func: PyObject, readonly it: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    const v = nextOf(this.it);
    if (v === undefined) return undefined;
    const a = v instanceof PyTuple && v.cls === T.tuple ? v.items.slice() : items(v);
    return call(this.func, a, null);
  }
}

defNew(STARMAP, (cls, args, kwnames) => {
  if (cls === STARMAP) noKeywords("starmap", kwnames);
  positional("starmap", args, kwnames, 2, 2);
  return new Starmap(cls, args[0], getIter(args[1]));
});

// -- takewhile / dropwhile / filterfalse / compress -------------------------------------------

const TAKEWHILE = iterType("takewhile");
const DROPWHILE = iterType("dropwhile");

class TakeWhile extends PyIter {
  stop = false;
  constructor(public cls: PyType, readonly pred: PyObject, readonly it: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    if (this.stop) return undefined;
    const v = nextOf(this.it);
    if (v === undefined) return undefined;
    if (isTrue(call(this.pred, [v], null))) return v;
    this.stop = true;
    return undefined;
  }
}

class DropWhile extends PyIter {
  start = false;
  constructor(public cls: PyType, readonly pred: PyObject, readonly it: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    for (;;) {
      const v = nextOf(this.it);
      if (v === undefined) return undefined;
      if (this.start) return v;
      if (!isTrue(call(this.pred, [v], null))) {
        this.start = true;
        return v;
      }
    }
  }
}

defNew(TAKEWHILE, (cls, args, kwnames) => {
  if (cls === TAKEWHILE) noKeywords("takewhile", kwnames);
  positional("takewhile", args, kwnames, 2, 2);
  return new TakeWhile(cls, args[0], getIter(args[1]));
});
defNew(DROPWHILE, (cls, args, kwnames) => {
  if (cls === DROPWHILE) noKeywords("dropwhile", kwnames);
  positional("dropwhile", args, kwnames, 2, 2);
  return new DropWhile(cls, args[0], getIter(args[1]));
});

const FILTERFALSE = iterType("filterfalse");

class FilterFalse extends PyIter {
  constructor(public cls: PyType, readonly func: PyObject, readonly it: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    for (;;) {
      const v = nextOf(this.it);
      if (v === undefined) return undefined;
      const ok = this.func === None || this.func === T.bool
        ? isTrue(v)
        : isTrue(call(this.func, [v], null));
      if (!ok) return v;
    }
  }
}

defNew(FILTERFALSE, (cls, args, kwnames) => {
  if (cls === FILTERFALSE) noKeywords("filterfalse", kwnames);
  positional("filterfalse", args, kwnames, 2, 2);
  return new FilterFalse(cls, args[0], getIter(args[1]));
});

const COMPRESS = iterType("compress");

class Compress extends PyIter {
  constructor(public cls: PyType, readonly data: PyObject, readonly sel: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    for (;;) {
      const v = nextOf(this.data);
      if (v === undefined) return undefined;
      const s = nextOf(this.sel);
      if (s === undefined) return undefined;
      if (isTrue(s)) return v;
    }
  }
}

const COMPRESS_SIG = new Signature("compress", ["data", "selectors"], { minpos: 2 });
defNew(COMPRESS, (cls, args, kwnames) => {
  const a = parseArgs(COMPRESS_SIG, args, kwnames);
  return new Compress(cls, getIter(a[0]!), getIter(a[1]!));
});

// -- groupby ----------------------------------------------------------------------------------

const GROUPBY = iterType("groupby");
const GROUPER = iterType("_grouper");

/**
 * CPython 3.11 groupby_next: the groups share the parent's iterator. A group
 * is live only while it is the parent's `currgrouper`; advancing the parent
 * invalidates it, and it then yields nothing.
 */
class GroupBy extends PyIter {
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  currgrouper: Grouper | null = null;
  constructor(public cls: PyType, readonly it: PyObject, readonly keyfunc: PyObject) {
    super();
  }
  /** Reads one item into currkey/currvalue; false at the end. */
  step(): boolean {
    const v = nextOf(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : call(this.keyfunc, [v], null);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  next(): PyObject | undefined {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) {
        if (!this.step()) return undefined;
      } else if (this.tgtkey === undefined) {
        break;
      } else {
        const same = this.tgtkey === this.currkey || isTrue(richEq(this.tgtkey, this.currkey));
        if (!same) break;
        if (!this.step()) return undefined;
      }
    }
    this.tgtkey = this.currkey;
    const g = new Grouper(this, this.tgtkey!);
    this.currgrouper = g;
    return new PyTuple([this.currkey!, g]);
  }
}

class Grouper extends PyIter {
  cls: PyType = GROUPER;
  constructor(readonly parent: GroupBy, readonly tgtkey: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return undefined;
    if (gbo.currvalue === undefined) {
      if (!gbo.step()) return undefined;
    }
    const same = this.tgtkey === gbo.currkey || isTrue(richEq(this.tgtkey, gbo.currkey!));
    if (!same) return undefined;
    const v = gbo.currvalue!;
    // The key stays: the parent compares it to find the next group.
    gbo.currvalue = undefined;
    return v;
  }
}

function richEq(a: PyObject, b: PyObject): PyObject {
  return richCompare(a, b, 2);
}

const GROUPBY_SIG = new Signature("groupby", ["iterable", "key"], { minpos: 1 });
defNew(GROUPBY, (cls, args, kwnames) => {
  const a = parseArgs(GROUPBY_SIG, args, kwnames);
  return new GroupBy(cls, getIter(a[0]!), a[1] ?? None);
});

// -- tee / pairwise -------------------------------------------------------------------------------

const TEE = iterType("_tee");

/** The buffer `tee` iterators share; items every reader has passed are dropped. */
class TeeData {
  buf: PyObject[] = [];
  /** The absolute index of `buf[0]`. */
  base = 0;
  done = false;
  readers: Tee[] = [];
  constructor(readonly it: PyObject) {}
  get(i: number): PyObject | undefined {
    while (i - this.base >= this.buf.length) {
      if (this.done) return undefined;
      const v = nextOf(this.it);
      if (v === undefined) {
        this.done = true;
        return undefined;
      }
      this.buf.push(v);
    }
    return this.buf[i - this.base];
  }
  trim(): void {
    let min = Infinity;
    for (const r of this.readers) min = Math.min(min, r.pos);
    if (min - this.base > 64) {
      this.buf.splice(0, min - this.base);
      this.base = min;
    }
  }
}

class Tee extends PyIter {
  cls: PyType = TEE;
  constructor(readonly data: TeeData, public pos: number) {
    super();
    data.readers.push(this);
  }
  next(): PyObject | undefined {
    const v = this.data.get(this.pos);
    if (v === undefined) return undefined;
    this.pos++;
    this.data.trim();
    return v;
  }
}

defSlot(TEE, "__copy__", (self) => new Tee((self as Tee).data, (self as Tee).pos), 0);
defNew(TEE, (_cls, args, kwnames) => {
  positional("_tee", args, kwnames, 1, 1);
  return teeFrom(args[0]);
});

function teeFrom(iterable: PyObject): Tee {
  if (iterable instanceof Tee) return new Tee(iterable.data, iterable.pos);
  return new Tee(new TeeData(getIter(iterable)), 0);
}

const PAIRWISE = iterType("pairwise");

class Pairwise extends PyIter {
  old: PyObject | undefined = undefined;
  constructor(public cls: PyType, public it: PyObject | null) {
    super();
  }
  next(): PyObject | undefined {
    if (this.it === null) return undefined;
    if (this.old === undefined) {
      this.old = nextOf(this.it);
      if (this.old === undefined) {
        this.it = null;
        return undefined;
      }
    }
    const v = nextOf(this.it);
    if (v === undefined) {
      this.it = null;
      this.old = undefined;
      return undefined;
    }
    const r = new PyTuple([this.old, v]);
    this.old = v;
    return r;
  }
}

defNew(PAIRWISE, (cls, args, kwnames) => {
  if (cls === PAIRWISE) noKeywords("pairwise", kwnames);
  positional("pairwise", args, kwnames, 1, 1);
  return new Pairwise(cls, getIter(args[0]));
});

// -- The module ----------------------------------------------------------------------------

function makeItertoolsModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "itertools");
  d.setStr("__doc__", None);
  for (
    const t of [
      ACCUMULATE,
      CHAIN,
      COMBINATIONS,
      CWR,
      COMPRESS,
      COUNT,
      CYCLE,
      DROPWHILE,
      FILTERFALSE,
      GROUPBY,
      ISLICE,
      PAIRWISE,
      PERMUTATIONS,
      PRODUCT,
      REPEAT,
      STARMAP,
      TAKEWHILE,
      ZIP_LONGEST,
    ]
  ) d.setStr(t.name, t);
  d.setStr("_tee", TEE);
  d.setStr("_grouper", GROUPER);
  d.setStr(
    "tee",
    new PyBuiltinFunction("tee", (args, kwnames) => {
      positional("tee", args, kwnames, 1, 2);
      const n = args.length > 1 ? ssize(args[1]) : 2;
      if (n < 0) raise("ValueError", "n must be >= 0");
      const out: PyObject[] = [];
      if (n > 0) {
        const first = teeFrom(args[0]);
        out.push(first);
        for (let i = 1; i < n; i++) out.push(new Tee(first.data, first.pos));
      } else {
        getIter(args[0]);
      }
      return new PyTuple(out);
    }),
  );
  return new PyModule(d);
}

registerBuiltinModule("itertools", makeItertoolsModule);
