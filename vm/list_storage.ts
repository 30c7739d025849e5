/**
 * Native storage for lists and tuples (after PyPy's list strategies): a list
 * whose items are all ints that are JS numbers, all exact floats, all bools,
 * or all exact lists and tuples can keep them unboxed in memory native code
 * reads and writes directly. Any other list keeps a JS array of boxed items,
 * the generic strategy.
 *
 * Requirements (read before changing the layout):
 * 1. A list gets native storage only when native code first meets it
 *    (`promote`, called by the JIT at projection and trace entry): creating
 *    the buffers costs about 0.7 µs, which most lists would never repay.
 *    Lists made from lists that have it (a copy, a slice) and long repeated
 *    int and bool lists in `jit` mode (`listRepeat`) get it when made.
 * 2. A list or tuple native code meets gets a header for life (`Header`): an
 *    `ArrayBuffer` of four int64 words that never moves: length, strategy
 *    (with TUPLE set for a tuple), the address of the items, their capacity.
 *    A native slot holding a list or tuple holds its header's address, which
 *    leads back to the object (`HeaderOwners`) when an exit boxes the slot.
 * 3. Items are 8 bytes: an int is its exact double (ints that are JS numbers
 *    are safe integers), a float its double, a bool 0.0 or 1.0, so
 *    TypeScript reads them without making a BigInt and native code converts
 *    with one instruction; a nested item (a list or tuple) is its header's
 *    address, and TypeScript keeps the objects alongside.
 * 4. `PyList.items` is the generic view: reading it gives the list back its
 *    JS array and drops the native storage (`demote`), so code that does
 *    not know strategies stays right. Tier 1's hot paths (subscript, store,
 *    iteration, `len`, append, truth) use the accessors here instead.
 * 5. A store that does not fit the strategy (a float into an int list, a
 *    big int, a str) demotes the list first; the header then reads generic
 *    and empty, which every native uop checks before it trusts the items.
 * 6. Float items keep their boxes while TypeScript wrote them, so `a[i] is
 *    a[i]` holds as in CPython; a box is reused only while its value is
 *    still the item's. An item native code wrote gets the last box stored
 *    into a float list with its value, if any: native code copying
 *    `b[i] = a[j]` keeps `b[i] is a[j]` true, and a float made natively
 *    that equals one stored lately can compare `is` to it, where CPython
 *    would say False (`is` on floats is CPython's allocation detail).
 * 7. A tuple never changes: its header and items are made once.
 * 8. Headers belong to one run's way of finding addresses (`configureLists`):
 *    one made under another (a list that outlived its run) is made again.
 * 9. Native code makes lists only in the nursery (`vm/native_memory.ts`),
 *    emptied at every entry: an exit gives each one it rebuilds a list of
 *    its own (the same one for every slot that holds it), and no native
 *    code stores a list's header anywhere an exit does not rebuild.
 *
 * @module
 */
import { PyFloat, PyList, type PyObject, PyTuple, T } from "./object.ts";
import { type Lease, leaseFor, NativeMemory, Nursery } from "./native_memory.ts";

/** A header's strategy word (requirement 2). */
export const enum Strategy {
  Generic = 0,
  Int = 1,
  Float = 2,
  Bool = 3,
  /** Exact lists and tuples, as their headers' addresses. */
  Nested = 4,
}

/** Set in a tuple's strategy word: list stores refuse it, loads and iteration take it. */
export const TUPLE = 8;

const HEADER_BYTES = 32;
const TWO32 = 4294967296;

/** A promoted list gives up native storage for good after this many demotions. */
const MAX_PROMOTIONS = 16;
/** How deep promotion gives nested lists native storage (lists may contain themselves). */
const MAX_NESTING = 3;

let nextStandIn = 0x10000;
let epoch = 0;
let memory = new NativeMemory(standInAddress);
/** Whether long repeated lists get native storage when made (`listRepeat`): native code runs. */
let early = false;
/** Where native code makes lists (`_COPY_LIST`), made when a trace first needs it. */
let nursery: Nursery | null = null;
/** The lists an exit of the current run made from nursery lists, by address (requirement 9). */
const fromNursery = new Map<number, PyList>();

/**
 * Native buffers made so far (`NativeMemory.buffers`): what giving lists
 * native storage has cost, for executors to weigh against the work their
 * native code does.
 */
export function buffersMade(): number {
  return memory.buffers;
}

/** Where no native code runs, an address is only a distinct number. */
function standInAddress(buffer: ArrayBuffer): number {
  const at = nextStandIn;
  nextStandIn += buffer.byteLength;
  return at;
}

/**
 * Sets the list strategies up for one run: `eager` promotes every list when
 * it is made (`--stress`, so that every mode runs the strategies);
 * `address` finds a buffer's address (the FFI backend, in `jit` mode).
 */
export function configureLists(eager: boolean, address?: (buffer: ArrayBuffer) => number): void {
  memory = new NativeMemory(address ?? standInAddress);
  // Where no native code runs, storage made early would only slow tier 1 down.
  early = eager || address !== undefined;
  nursery = null;
  fromNursery.clear();
  epoch++;
  PyList.onCreate = eager ? promote : null;
}

/** The double whose bits are the int64 `address`, as a nested list's items hold it. */
function asItemBits(address: number): number {
  bitsWords[0] = address % TWO32;
  bitsWords[1] = Math.floor(address / TWO32);
  return bitsScratch[0];
}

/** Lists and tuples exits found lately, by header address (bounded): a loop's exits meet the same few. */
const recentOwners = new Map<number, PyList | PyTuple>();
const RECENT_OWNERS = 1024;

/**
 * Finds the lists and tuples whose headers native code holds, from the
 * values it was entered with (requirement 2): native code only reaches a
 * header through a local, a stack slot or the nested items of one, and
 * never changes nested items, so every header it holds at an exit is
 * reachable from the boxed frame as it was at entry.
 */
export class HeaderOwners {
  constructor(readonly roots: readonly (PyObject | undefined)[]) {}

  /** The list or tuple whose header is at `address`. */
  at(address: number): PyList | PyTuple {
    if (nursery?.holds(address)) return listFromNursery(nursery, address);
    // A list found before still owns its header: the cache keeps it alive, so its chunk
    // cannot have gone to another list.
    const known = recentOwners.get(address);
    if (known !== undefined && headerIfAny(known)?.address === address) return known;
    const o = this.#find(address);
    if (recentOwners.size >= RECENT_OWNERS) recentOwners.clear();
    recentOwners.set(address, o);
    return o;
  }

  #find(address: number): PyList | PyTuple {
    // The common case first: a list in a local or on the stack.
    for (const v of this.roots) {
      if ((v instanceof PyList || v instanceof PyTuple) && headerIfAny(v)?.address === address) {
        return v;
      }
    }
    // Then the items of nested lists and tuples, depth first, stopping at the owner: a nested
    // list's items hold their headers' addresses, so one scan of them finds it among
    // thousands (a loop over the rows of a table exits with the current row).
    const seen = new Set<PyObject>();
    const owns = (x: PyObject | undefined): boolean =>
      (x instanceof PyList || x instanceof PyTuple) && headerIfAny(x)?.address === address;
    const search = (v: PyObject | undefined, depth: number): PyList | PyTuple | null => {
      if (v instanceof PyList || v instanceof PyTuple) {
        if (seen.has(v)) return null;
        seen.add(v);
        if (owns(v)) return v;
        if (depth >= MAX_NESTING) return null;
        let items: readonly PyObject[];
        if (v instanceof PyList) {
          const n = v.native;
          if (n === null || n.objects === null) return null;
          const k = n.data.subarray(0, n.length).indexOf(asItemBits(address));
          if (k >= 0 && owns(n.objects[k])) return n.objects[k] as PyList | PyTuple;
          items = n.objects;
        } else items = v.items;
        for (const x of items) {
          if (owns(x)) return x as PyList | PyTuple;
          const inner = x instanceof PyTuple ||
            (x instanceof PyList && x.native !== null && x.native.objects !== null);
          const o = inner ? search(x, depth + 1) : null;
          if (o !== null) return o;
        }
        return null;
      }
      // An iterator's sequence.
      const seq = v !== undefined && typeof v === "object"
        ? (v as { seq?: PyObject | null }).seq
        : undefined;
      return seq instanceof PyList || seq instanceof PyTuple ? search(seq, depth) : null;
    };
    for (const v of this.roots) {
      const o = search(v, 0);
      if (o !== null) return o;
    }
    throw new Error(`no list or tuple has a header at 0x${address.toString(16)}`);
  }
}

/** The control words of this run's nursery (requirement 9), for native code that makes lists. */
export function nurseryAddress(): number {
  nursery ??= new Nursery(memory.addressOf);
  return nursery.address;
}

/** Empties the nursery before native code runs (requirement 9). */
export function resetNursery(): void {
  if (nursery === null) return;
  nursery.reset();
  if (fromNursery.size > 0) fromNursery.clear();
}

/** The list an exit makes of the nursery list whose header is at `address` (requirement 9). */
function listFromNursery(n: Nursery, address: number): PyList {
  const made = fromNursery.get(address);
  if (made !== undefined) return made;
  const length = n.word(address), items = n.word(address + 16);
  const [l, storage] = withStorage(n.word(address + 8) as Strategy, length);
  const from = (items - n.address) / 8;
  storage.data.set(n.f64.subarray(from, from + length));
  storage.header.length = length;
  fromNursery.set(address, l);
  return l;
}

/** The headers of the lists and tuples native code has met (few: no field on every object). */
const headers = new WeakMap<PyList | PyTuple, Header>();

/** The header `x` has for this run, if native code has met it. */
export function headerIfAny(x: PyList | PyTuple): Header | undefined {
  const h = headers.get(x);
  return h !== undefined && h.epoch === epoch ? h : undefined;
}

/** The fixed native header of a list or tuple (requirement 2). */
export class Header {
  readonly #words: Int32Array;
  readonly address: number;
  readonly epoch = epoch;
  /** Its chunk and its items' (`vm/native_memory.ts`), given back when its owner dies. */
  readonly lease: Lease;
  /** How many times its list was given native storage (requirement 4). */
  promotions = 0;

  constructor(owner: PyList | PyTuple) {
    this.lease = leaseFor(owner, memory);
    const chunk = this.lease.header = memory.alloc(HEADER_BYTES);
    this.#words = new Int32Array(chunk.buffer, chunk.offset, HEADER_BYTES / 4);
    // A reused chunk holds what it held: the words' high halves are never written again.
    this.#words.fill(0);
    this.address = chunk.address;
  }

  get length(): number {
    return this.#words[0];
  }

  set length(n: number) {
    this.#words[0] = n;
  }

  /** The strategy word: a Strategy, with TUPLE set for a tuple. */
  get strategyWord(): number {
    return this.#words[2];
  }

  set strategy(s: number) {
    this.#words[2] = s;
  }

  /**
   * Gives the header new items for `capacity` (the old ones go back to
   * memory: requirement 2 of `vm/native_memory.ts`), as 8-byte items seen
   * as doubles and as 32-bit words for header addresses (requirement 3).
   */
  newItems(capacity: number): { data: Float64Array; words: Uint32Array } {
    const chunk = memory.alloc(Math.max(capacity, 4) * 8);
    this.lease.setItems(chunk);
    const n = chunk.bytes / 8;
    this.#words[4] = chunk.address % TWO32;
    this.#words[5] = Math.floor(chunk.address / TWO32);
    this.#words[6] = n;
    return {
      data: new Float64Array(chunk.buffer, chunk.offset, n),
      words: new Uint32Array(chunk.buffer, chunk.offset, 2 * n),
    };
  }

  /** Drops the items: the header reads generic and empty (requirement 5). */
  dropItems(): void {
    this.#words[0] = 0;
    this.#words[2] = Strategy.Generic;
    this.lease.setItems(null);
  }
}

/** The unboxed items of a list. */
export class NativeList {
  readonly strategy: Strategy;
  data: Float64Array;
  words: Uint32Array;
  /** Boxes of float items as TypeScript stored or read them (requirement 6). */
  readonly boxes: (PyFloat | undefined)[] | null;
  /** The items of a nested list as objects; `data` holds their headers' addresses. */
  readonly objects: PyObject[] | null;

  constructor(readonly header: Header, strategy: Strategy, capacity: number) {
    this.strategy = strategy;
    ({ data: this.data, words: this.words } = header.newItems(capacity));
    header.strategy = strategy;
    this.boxes = strategy === Strategy.Float ? [] : null;
    this.objects = strategy === Strategy.Nested ? [] : null;
  }

  get length(): number {
    return this.header.length;
  }

  /** Item `i` boxed as the VM boxes it (`0 <= i < length`). */
  get(i: number): PyObject {
    switch (this.strategy) {
      case Strategy.Int:
        return this.data[i];
      case Strategy.Bool:
        return this.data[i] !== 0;
      case Strategy.Nested:
        return this.objects![i];
      default: {
        const d = this.data[i];
        const boxes = this.boxes!;
        const b = boxes[i];
        if (b !== undefined && Object.is(b.value, d)) return b;
        // Native code wrote it: most likely a float it read from another list.
        const box = recentBox(d) ?? new PyFloat(d, T.float);
        boxes[i] = box;
        return box;
      }
    }
  }

  /** Stores `v` at `i` and returns true if it fits the strategy; false changes nothing. */
  set(i: number, v: PyObject, depth = 1): boolean {
    if (this.strategy === Strategy.Nested) {
      const h = nestedHeader(v, depth);
      if (h === null) return false;
      this.#setAddress(i, h.address);
      this.objects![i] = v;
      return true;
    }
    const d = unboxed(this.strategy, v);
    if (d === null) return false;
    this.data[i] = d;
    if (this.boxes !== null) {
      this.boxes[i] = v as PyFloat;
      keepBox(v as PyFloat);
    }
    return true;
  }

  #setAddress(i: number, at: number): void {
    this.words[2 * i] = at % TWO32;
    this.words[2 * i + 1] = Math.floor(at / TWO32);
  }

  /** Stores `items`, which fit its scalar strategy, from index 0 (a promotion). */
  fill(items: readonly PyObject[]): void {
    const data = this.data, n = items.length;
    switch (this.strategy) {
      case Strategy.Int:
        for (let i = 0; i < n; i++) data[i] = items[i] as number;
        break;
      case Strategy.Bool:
        for (let i = 0; i < n; i++) data[i] = items[i] ? 1 : 0;
        break;
      default:
        for (let i = 0; i < n; i++) this.set(i, items[i]);
    }
  }

  /** Appends `v` if it fits the strategy; false changes nothing. */
  push(v: PyObject): boolean {
    if (this.strategy === Strategy.Nested ? !isNested(v) : unboxed(this.strategy, v) === null) {
      return false;
    }
    const n = this.length;
    if (n === this.data.length) {
      const old = this.data;
      ({ data: this.data, words: this.words } = this.header.newItems(n + (n >> 1) + 4));
      // The old chunk is back in the free list, but nothing takes it before this copy.
      this.data.set(old.subarray(0, n));
    }
    this.set(n, v);
    this.header.length = n + 1;
    return true;
  }

  /** Removes and returns the last item (`length > 0`). */
  pop(): PyObject {
    const last = this.length - 1;
    const v = this.get(last);
    this.header.length = last;
    if (this.objects !== null) this.objects.length = last;
    return v;
  }

  /** The items boxed, as the generic strategy holds them. */
  boxAll(): PyObject[] {
    const n = this.length;
    if (this.objects !== null) return this.objects.slice(0, n);
    const items = new Array<PyObject>(n);
    for (let i = 0; i < n; i++) items[i] = this.get(i);
    return items;
  }

  /** Marks the header generic and empty: native code that still holds it sees no items. */
  detach(): void {
    this.header.dropItems();
  }
}

/**
 * The last float boxes stored into lists with float storage, by value
 * (requirement 6): when native code copies a float from one list to
 * another, CPython's lists share the object, and `b[i] is a[j]` holds.
 * A small table hashed on the bits: it only has to outlive a native run.
 */
const RECENT_BOXES = 4096;
const recentBoxes: (PyFloat | undefined)[] = new Array(RECENT_BOXES).fill(undefined);
const bitsScratch = new Float64Array(1);
const bitsWords = new Int32Array(bitsScratch.buffer);

/** Two slots per value (a pair), from its bits mixed: round numbers differ only in their high bits. */
function boxSlot(d: number): number {
  bitsScratch[0] = d;
  return (Math.imul(bitsWords[0] ^ bitsWords[1], 0x9e3779b1) >>> 20) & (RECENT_BOXES - 2);
}

function keepBox(box: PyFloat): void {
  const k = boxSlot(box.value);
  const first = recentBoxes[k];
  // The pair's first slot keeps the newest box; the one it held moves to the second.
  if (first !== undefined && !Object.is(first.value, box.value)) recentBoxes[k + 1] = first;
  recentBoxes[k] = box;
}

function recentBox(d: number): PyFloat | undefined {
  const k = boxSlot(d);
  const b = recentBoxes[k];
  if (b !== undefined && Object.is(b.value, d)) return b;
  const c = recentBoxes[k + 1];
  return c !== undefined && Object.is(c.value, d) ? c : undefined;
}

/** The double an item takes under a scalar `strategy`, or null when it does not fit. */
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

function isNested(v: PyObject): v is PyList | PyTuple {
  return (v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple);
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
    : isNested(first)
    ? Strategy.Nested
    : Strategy.Generic;
  if (s === Strategy.Generic) return s;
  if (s === Strategy.Nested) {
    for (let i = 1; i < items.length; i++) if (!isNested(items[i])) return Strategy.Generic;
    return s;
  }
  // One loop per strategy: promotion scans every item of lists of millions.
  const n = items.length;
  if (s === Strategy.Int) {
    for (let i = 1; i < n; i++) if (typeof items[i] !== "number") return Strategy.Generic;
  } else if (s === Strategy.Bool) {
    for (let i = 1; i < n; i++) if (typeof items[i] !== "boolean") return Strategy.Generic;
  } else {
    for (let i = 1; i < n; i++) if (unboxed(s, items[i]) === null) return Strategy.Generic;
  }
  return s;
}

/** The header of a nested item, promoting it (up to MAX_NESTING deep); null if `v` is none. */
function nestedHeader(v: PyObject, depth: number): Header | null {
  if (v instanceof PyList && v.cls === T.list) {
    if (depth < MAX_NESTING) promoteAt(v, depth + 1);
    return listHeader(v);
  }
  if (v instanceof PyTuple && v.cls === T.tuple) return tupleHeader(v, depth + 1);
  return null;
}

/** The list's header for this run (requirement 8), made if it has none. */
export function listHeader(l: PyList): Header {
  const h = headers.get(l);
  if (h !== undefined && h.epoch === epoch) return h;
  if (l.native !== null) l.items; // storage of another run: back to the JS array
  const made = new Header(l);
  headers.set(l, made);
  return made;
}

/**
 * Gives `l` native storage if its items fit a strategy (requirement 1);
 * the list's storage, or null when they do not (or the list has been
 * demoted too often to be worth it).
 */
export function promote(l: PyList): NativeList | null {
  return promoteAt(l, 0);
}

function promoteAt(l: PyList, depth: number): NativeList | null {
  const n = l.native;
  if (n !== null && n.header.epoch === epoch) return n;
  const header = listHeader(l);
  if (header.promotions >= MAX_PROMOTIONS) return null;
  const items = l.items;
  const s = strategyOf(items);
  if (s === Strategy.Generic) return null;
  const made = new NativeList(header, s, items.length);
  // Adopted first: a nested item may be this very list.
  header.promotions++;
  l.adopt(made);
  header.length = 0;
  if (s === Strategy.Nested) {
    for (let i = 0; i < items.length; i++) {
      made.set(i, items[i], depth + 1);
      header.length = i + 1;
    }
  } else {
    made.fill(items);
    header.length = items.length;
  }
  // A nested item's promotion may have read this list's `items` and demoted it.
  return l.native === made ? made : null;
}

/**
 * A tuple's header and items for this run (requirement 7): its strategy is
 * the one its items fit, or generic (native code then reads nothing).
 */
export function tupleHeader(t: PyTuple, depth = 0): Header {
  const h = headers.get(t);
  if (h !== undefined && h.epoch === epoch) return h;
  const header = new Header(t);
  headers.set(t, header);
  const items = t.items;
  const s = depth < MAX_NESTING ? strategyOf(items) : Strategy.Generic;
  const { data, words } = header.newItems(items.length);
  for (let i = 0; i < items.length && s !== Strategy.Generic; i++) {
    if (s === Strategy.Nested) {
      const at = nestedHeader(items[i], depth)!.address;
      words[2 * i] = at % TWO32;
      words[2 * i + 1] = Math.floor(at / TWO32);
    } else data[i] = unboxed(s, items[i])!;
  }
  header.length = s === Strategy.Generic ? 0 : items.length;
  header.strategy = s | TUPLE;
  return header;
}

// -- Strategy-aware accessors for tier 1's hot paths (requirement 4) ------------------------------

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
  if (n === null) l.generic[i] = v;
  else if (!n.set(i, v)) l.items[i] = v;
}

/** `l.append(v)`. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.native;
  if (n === null) l.generic.push(v);
  else if (!n.push(v)) l.items.push(v);
}

/**
 * A new empty list given native storage of `strategy` for `capacity` items
 * when made (requirement 1's exceptions); the caller fills the items and
 * sets the length.
 */
function withStorage(strategy: Strategy, capacity: number): [PyList, NativeList] {
  const l = new PyList([], T.list);
  const storage = new NativeList(listHeader(l), strategy, capacity);
  storage.header.promotions++;
  l.adopt(storage);
  return [l, storage];
}

/** Repeated lists at least this long are made with native storage (`listRepeat`). */
const NATIVE_REPEAT = 4096;

/**
 * `items * n` as a new list, made with native storage when native code
 * runs, it is long and its items are ints or bools (requirement 1's
 * exception: a big `[0] * n` is made to be indexed in a loop, and boxing it
 * first costs more than the storage); null to make it the generic way. Floats keep that way: their
 * boxes are shared, as CPython shares the object.
 */
export function listRepeat(items: readonly PyObject[], n: number): PyList | null {
  const length = items.length * n;
  if (!early || length < NATIVE_REPEAT) return null;
  const s = strategyOf(items);
  if (s !== Strategy.Int && s !== Strategy.Bool) return null;
  const [l, storage] = withStorage(s, length);
  const data = storage.data;
  for (let i = 0; i < items.length; i++) data[i] = unboxed(s, items[i])!;
  if (items.length === 1) data.fill(data[0], 0, length);
  else {
    for (let have = items.length; have < length; have *= 2) {
      data.copyWithin(have, 0, Math.min(have, length - have));
    }
  }
  storage.header.length = length;
  return l;
}

/**
 * `l.pop()` of a non-empty list. Native storage stays: a list emptied by
 * pops keeps its strategy (and its kind for the JIT).
 */
export function listPop(l: PyList): PyObject {
  const n = l.native;
  if (n === null) return l.generic.pop()!;
  return n.pop();
}

/**
 * `l[start:start + n]` (within its items) as a new list with `l`'s scalar
 * storage: a copy of a list native code uses is most likely used there
 * too. Null when `l` has no scalar storage.
 */
export function listSlice(l: PyList, start: number, n: number): PyList | null {
  const from = l.native;
  if (from === null || from.strategy === Strategy.Nested) return null;
  const [copy, storage] = withStorage(from.strategy, n);
  storage.data.set(from.data.subarray(start, start + n));
  // Floats keep their boxes, as CPython's copy shares the objects.
  if (from.boxes !== null) {
    for (let i = 0; i < n; i++) storage.boxes![i] = from.boxes[start + i];
  }
  storage.header.length = n;
  return copy;
}

/**
 * The items of `l` to read now, without demoting it: the generic array
 * itself or a boxed copy. Callers must not keep it or write to it.
 */
export function listView(l: PyList): readonly PyObject[] {
  const n = l.native;
  return n === null ? l.generic : n.boxAll();
}
