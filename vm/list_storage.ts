/**
 * List storage strategies (after PyPy's `listobject.py` strategies): a list
 * whose items are all ints that are JS numbers, all exact floats, or all
 * bools can keep them unboxed in memory native code reads and writes
 * directly. Any other list keeps a JS array of boxed items, the generic
 * strategy.
 *
 * Requirements (read before changing the layout):
 * 1. A list gets native storage only when native code first meets it
 *    (`promote`, called by the JIT at trace entry): creating the two buffers
 *    costs about 0.7 µs, which most lists would never repay.
 * 2. The header is an `ArrayBuffer` of four int64 words that never moves
 *    while the list keeps native storage: length, strategy, the address of
 *    the item buffer, its capacity. Items are float64s whatever the
 *    strategy: an int is its exact double (ints that are JS numbers are
 *    safe integers), a bool is 0 or 1, so TypeScript reads them without
 *    making a BigInt and native code converts with one instruction.
 * 3. `PyList.items` is the generic view: reading it gives the list back its
 *    JS array and drops the native storage (`demote`), so code that does
 *    not know strategies stays right. Tier 1's hot paths (subscript, store,
 *    iteration, `len`, append, truth) use the accessors here instead.
 * 4. A store that does not fit the strategy (a float into an int list, a
 *    big int, a str) demotes the list first; the header's strategy word then
 *    reads generic, which native code holding its address checks before it
 *    trusts the items.
 * 5. Float items keep their boxes while TypeScript wrote them, so `a[i] is
 *    a[i]` holds as in CPython; a box is reused only while its value is
 *    still the item's.
 *
 * @module
 */
import { PyFloat, PyList, type PyObject, T } from "./object.ts";

/** A list's storage strategy, as the header's second word holds it. */
export const enum Strategy {
  Generic = 0,
  Int = 1,
  Float = 2,
  Bool = 3,
}

/** Byte offsets of the header words (requirement 2). */
export const HEADER_LENGTH = 0, HEADER_STRATEGY = 8, HEADER_DATA = 16, HEADER_CAPACITY = 24;
const HEADER_BYTES = 32;
const TWO32 = 4294967296;

/** A promoted list gives up native storage for good after this many demotions. */
const MAX_PROMOTIONS = 16;

let addressOf: (buffer: ArrayBuffer) => number = standInAddress;
let nextStandIn = 0x10000;

/** Where no native code runs, an address is only a distinct number. */
function standInAddress(_: ArrayBuffer): number {
  return nextStandIn += 64;
}

/**
 * Sets the list strategies up for one run: `eager` promotes every list when
 * it is made (`--stress`, so that every mode runs the strategies);
 * `address` finds a buffer's address (the FFI backend, in `jit` mode).
 */
export function configureLists(eager: boolean, address?: (buffer: ArrayBuffer) => number): void {
  addressOf = address ?? standInAddress;
  PyList.onCreate = eager ? promote : null;
}

/** The unboxed items of a list and the header native code reads. */
export class NativeList {
  readonly header: ArrayBuffer;
  /** The header's address: what a native slot holding the list contains. */
  readonly address: number;
  readonly #words: Int32Array;
  strategy: Strategy;
  data: Float64Array;
  /** Boxes of float items as TypeScript stored or read them (requirement 5). */
  boxes: (PyFloat | undefined)[] | null;

  constructor(strategy: Strategy, capacity: number) {
    this.header = new ArrayBuffer(HEADER_BYTES);
    this.address = addressOf(this.header);
    this.#words = new Int32Array(this.header);
    this.strategy = strategy;
    this.#words[HEADER_STRATEGY / 4] = strategy;
    this.data = this.#allocate(capacity);
    this.boxes = strategy === Strategy.Float ? [] : null;
  }

  get length(): number {
    return this.#words[0];
  }

  set length(n: number) {
    this.#words[0] = n;
  }

  #allocate(capacity: number): Float64Array {
    const data = new Float64Array(new ArrayBuffer(Math.max(capacity, 4) * 8));
    const at = addressOf(data.buffer as ArrayBuffer);
    const w = this.#words;
    w[HEADER_DATA / 4] = at % TWO32;
    w[HEADER_DATA / 4 + 1] = Math.floor(at / TWO32);
    w[HEADER_CAPACITY / 4] = data.length;
    return data;
  }

  /** Item `i` boxed as the VM boxes it (`0 <= i < length`). */
  get(i: number): PyObject {
    const d = this.data[i];
    switch (this.strategy) {
      case Strategy.Int:
        return d;
      case Strategy.Bool:
        return d !== 0;
      default: {
        const boxes = this.boxes!;
        const b = boxes[i];
        if (b !== undefined && Object.is(b.value, d)) return b;
        const box = new PyFloat(d, T.float);
        boxes[i] = box;
        return box;
      }
    }
  }

  /** Stores `v` at `i` and returns true if it fits the strategy; false changes nothing. */
  set(i: number, v: PyObject): boolean {
    const d = unboxed(this.strategy, v);
    if (d === null) return false;
    this.data[i] = d;
    if (this.boxes !== null) this.boxes[i] = v as PyFloat;
    return true;
  }

  /** Appends `v` if it fits the strategy; false changes nothing. */
  push(v: PyObject): boolean {
    const d = unboxed(this.strategy, v);
    if (d === null) return false;
    const n = this.length;
    if (n === this.data.length) {
      const grown = this.#allocate(n + (n >> 1) + 4);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[n] = d;
    if (this.boxes !== null) this.boxes[n] = v as PyFloat;
    this.length = n + 1;
    return true;
  }

  /** The items boxed, as the generic strategy holds them. */
  boxAll(): PyObject[] {
    const n = this.length;
    const items = new Array<PyObject>(n);
    for (let i = 0; i < n; i++) items[i] = this.get(i);
    return items;
  }

  /** Marks the header generic and empty: native code that still holds it sees no items. */
  detach(): void {
    this.#words[0] = 0;
    this.#words[HEADER_STRATEGY / 4] = Strategy.Generic;
    this.strategy = Strategy.Generic;
  }
}

/** The double an item takes under `strategy`, or null when it does not fit. */
function unboxed(strategy: Strategy, v: PyObject): number | null {
  switch (strategy) {
    case Strategy.Int:
      return typeof v === "number" ? v : null;
    case Strategy.Bool:
      return typeof v === "boolean" ? (v ? 1 : 0) : null;
    case Strategy.Float:
      return v instanceof PyFloat && v.cls === T.float ? v.value : null;
    default:
      return null;
  }
}

/** The strategy whose items `items` all fit, or Generic (an empty list has none). */
export function strategyOf(items: readonly PyObject[]): Strategy {
  if (items.length === 0) return Strategy.Generic;
  const first = items[0];
  const s = typeof first === "number"
    ? Strategy.Int
    : typeof first === "boolean"
    ? Strategy.Bool
    : first instanceof PyFloat && first.cls === T.float
    ? Strategy.Float
    : Strategy.Generic;
  if (s === Strategy.Generic) return s;
  for (let i = 1; i < items.length; i++) if (unboxed(s, items[i]) === null) return Strategy.Generic;
  return s;
}

/**
 * Gives `l` native storage if its items fit a strategy (requirement 1);
 * the list's header, or null when they do not (or the list has been
 * demoted too often to be worth it, or there is no FFI).
 */
export function promote(l: PyList): NativeList | null {
  if (l.native !== null) return l.native;
  if (l.promotions >= MAX_PROMOTIONS) return null;
  const items = l.items;
  const s = strategyOf(items);
  if (s === Strategy.Generic) return null;
  const n = new NativeList(s, items.length);
  for (let i = 0; i < items.length; i++) n.data[i] = unboxed(s, items[i])!;
  if (n.boxes !== null) n.boxes = items.slice() as PyFloat[];
  n.length = items.length;
  l.promotions++;
  l.adopt(n);
  return n;
}

// -- Strategy-aware accessors for tier 1's hot paths (requirement 3) ------------------------------

/** `len(l)`. */
export function listLength(l: PyList): number {
  const n = l.native;
  return n === null ? l.generic.length : n.length;
}

/** Item `i` of `l`, `0 <= i < listLength(l)`. */
export function listItem(l: PyList, i: number): PyObject {
  const n = l.native;
  return n === null ? l.generic[i] : n.get(i);
}

/** Stores item `i` of `l`, `0 <= i < listLength(l)`. */
export function setListItem(l: PyList, i: number, v: PyObject): void {
  const n = l.native;
  if (n === null || !n.set(i, v)) l.items[i] = v;
}

/** `l.append(v)`. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.native;
  if (n === null || !n.push(v)) l.items.push(v);
}

/**
 * The items of `l` to read now, without demoting it: the generic array
 * itself or a boxed copy. Callers must not keep it or write to it.
 */
export function listView(l: PyList): readonly PyObject[] {
  const n = l.native;
  return n === null ? l.generic : n.boxAll();
}
