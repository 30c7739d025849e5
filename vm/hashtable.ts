/**
 * The hash tables behind `set`/`frozenset` (`SetTable`) and `dict`
 * (`DictTable`), generic over the key type: hashing and equality come from
 * `KeyOps` callbacks, which may run Python code, raise (a thrown `PyThrow`
 * propagates and leaves the table consistent), and mutate the very table
 * being searched.
 *
 * `SetTable` is a port of CPython 3.11 Objects/setobject.c, slot for slot,
 * so that iteration order (and `pop()` order) equals CPython's for the same
 * history of operations, given CPython's hashes (`vm/hash.ts`).
 *
 * `DictTable` keeps CPython 3.6+'s compact-dict semantics (insertion order,
 * holes left by deletions until a resize compacts them, `popitem` LIFO,
 * CPython's resize points so iteration under mutation behaves alike), but
 * indexes entries with JS `Map`s: keys that compare by value in JS (a
 * `KeyOps.fastKey`) never need a Python hash.
 *
 * @module
 */
import { PyFloat, type PyObject, raise, T } from "./object.ts";
import { hashHi32, hashLo32, type PyHash } from "./hash.ts";
import { frozensetHash } from "./hash.ts";

/** How a table hashes and compares its keys. */
export interface KeyOps<K> {
  /** The key's Python hash (may raise `TypeError: unhashable type`). */
  hash(key: K): PyHash;
  /**
   * Python `stored == probe` (CPython calls `PyObject_RichCompareBool(startkey,
   * key, Py_EQ)`, stored key first). Identity is checked before calling.
   */
  eq(stored: K, probe: K): boolean;
  /**
   * For `DictTable`: a JS primitive that stands for the key when keys of its
   * kind compare by value (two keys with fast keys are equal exactly when
   * their fast keys are SameValueZero-equal), or `undefined` to go through
   * `hash` and `eq`.
   */
  fastKey?(key: K): string | number | bigint | undefined;
}

type FastKey = string | number | bigint;

/**
 * The fast key of a Python object: exact str, int, bool and float compare by
 * value, and `1 == 1.0 == True` meet on one JS number (a float beyond the
 * safe range meets its int on a bigint). NaN and everything else (including
 * subclasses, which may override `__eq__`) take the hash path.
 */
export function pyFastKey(k: PyObject): FastKey | undefined {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.cls === T.float) {
    const v = k.value;
    if (v !== v) return undefined;
    if (v === 0) return 0;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  return undefined;
}

// ============================================================================
// SetTable: CPython 3.11 Objects/setobject.c
// ============================================================================

/** `PySet_MINSIZE`. */
const SET_MINSIZE = 8;
/** Slots inspected one after another before jumping (setobject.c). */
const LINEAR_PROBES = 9;

/** The key of a deleted slot (setobject.c's `dummy`, whose hash is -1). */
const DUMMY: unique symbol = Symbol("dummy");
type Slot<K> = K | typeof DUMMY | undefined;

/** Where a probe stopped: an empty slot, or the slot holding an equal key. */
interface Probe {
  index: number;
  found: boolean;
}

/**
 * A set's open-addressing table. `keys[i]` is `undefined` for a never-used
 * slot, `DUMMY` for a deleted one; `hashes[i]` is 0 and -1 for those.
 */
export class SetTable<K> {
  readonly ops: KeyOps<K>;
  keys: Slot<K>[];
  hashes: PyHash[];
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: `len(s)`. */
  used = 0;
  mask = SET_MINSIZE - 1;
  /** Where `pop()` resumes its scan. */
  finger = 0;
  /** Bumped by every change of membership or layout (for caches; iterators compare `used`). */
  version = 0;

  constructor(ops: KeyOps<K>) {
    this.ops = ops;
    this.keys = new Array(SET_MINSIZE).fill(undefined);
    this.hashes = new Array(SET_MINSIZE).fill(0);
  }

  get size(): number {
    return this.used;
  }

  /** CPython `set_lookkey`: the slot of `key`, or the empty slot ending the probe. */
  #lookkey(key: K, hash: PyHash): Probe {
    restart: for (;;) {
      let mask = this.mask;
      let plo = hashLo32(hash), phi = hashHi32(hash);
      let i = plo & mask;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const keys = this.keys;
          const k = keys[j];
          if (k === undefined) return { index: j, found: false };
          if (this.hashes[j] === hash) {
            if (k === key) return { index: j, found: true };
            const cmp = this.ops.eq(k as K, key);
            if (this.keys !== keys || this.keys[j] !== k) continue restart;
            if (cmp) return { index: j, found: true };
            mask = this.mask;
          }
          j++;
        } while (probes--);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** CPython `set_add_entry`. */
  addHashed(key: K, hash: PyHash): void {
    restart: for (;;) {
      let mask = this.mask;
      let plo = hashLo32(hash), phi = hashHi32(hash);
      let i = plo & mask;
      let freeslot = -1;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const keys = this.keys;
          const k = keys[j];
          if (k === undefined) {
            this.version++;
            if (freeslot >= 0) {
              this.used++;
              keys[freeslot] = key;
              this.hashes[freeslot] = hash;
              return;
            }
            this.fill++;
            this.used++;
            keys[j] = key;
            this.hashes[j] = hash;
            if (this.fill * 5 < mask * 3) return;
            this.#resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          const eh = this.hashes[j];
          if (eh === hash) {
            if (k === key) return;
            const cmp = this.ops.eq(k as K, key);
            if (cmp) return;
            if (this.keys !== keys || this.keys[j] !== k) continue restart;
            mask = this.mask;
          } else if (eh === -1) {
            // CPython keeps the last dummy seen on the probe path.
            freeslot = j;
          }
          j++;
        } while (probes--);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** `s.add(key)`. */
  add(key: K): void {
    this.addHashed(key, this.ops.hash(key));
  }

  /** `key in s`. */
  has(key: K): boolean {
    return this.#lookkey(key, this.ops.hash(key)).found;
  }

  hasHashed(key: K, hash: PyHash): boolean {
    return this.#lookkey(key, hash).found;
  }

  /** The stored key equal to `key` (CPython keeps the first one added). */
  getKey(key: K): K | undefined {
    const p = this.#lookkey(key, this.ops.hash(key));
    return p.found ? this.keys[p.index] as K : undefined;
  }

  /** CPython `set_discard_entry`: whether the key was present. */
  discardHashed(key: K, hash: PyHash): boolean {
    const p = this.#lookkey(key, hash);
    if (!p.found) return false;
    this.keys[p.index] = DUMMY;
    this.hashes[p.index] = -1;
    this.used--;
    this.version++;
    return true;
  }

  /** `s.discard(key)`, telling whether it was there (`remove` raises `KeyError` if not). */
  discard(key: K): boolean {
    return this.discardHashed(key, this.ops.hash(key));
  }

  /** CPython `set_pop`: scans from the finger so repeated pops are O(1) amortized. */
  pop(): K {
    if (this.used === 0) raise("KeyError", "pop from an empty set");
    const keys = this.keys;
    let i = this.finger & this.mask;
    while (keys[i] === undefined || keys[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = keys[i] as K;
    keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.version++;
    this.finger = i + 1;
    return key;
  }

  /** CPython `set_clear_internal` (the finger is kept, as CPython keeps it). */
  clear(): void {
    this.keys = new Array(SET_MINSIZE).fill(undefined);
    this.hashes = new Array(SET_MINSIZE).fill(0);
    this.fill = 0;
    this.used = 0;
    this.mask = SET_MINSIZE - 1;
    this.version++;
  }

  /** CPython `set_table_resize`: the smallest power of two above `minused`. */
  #resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    // A minimum-size table without dummies stays as it is.
    if (newsize === SET_MINSIZE && this.mask === SET_MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys: Slot<K>[] = new Array(newsize).fill(undefined);
    const hashes: PyHash[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    this.version++;
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[j]);
    }
  }

  /** The keys in iteration order (`list(s)`). */
  toArray(): K[] {
    const out: K[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k as K);
    }
    return out;
  }

  /** The (key, hash) pairs in iteration order. */
  *entries(): IterableIterator<[K, PyHash]> {
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) yield [k as K, this.hashes[i]];
    }
  }

  /** A Python-level iterator (`iter(s)`), raising when the set changes size. */
  iter(): SetIterator<K> {
    return new SetIterator(this);
  }

  /** CPython `set_merge`: `self |= other` for a set argument. */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.#resize((this.used + other.used) * 2);
    const okeys = other.keys, ohashes = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: the slots copy over as they are.
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined) {
          this.keys[i] = k;
          this.hashes[i] = ohashes[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      this.version++;
      return;
    }
    if (this.fill === 0) {
      const keys = this.keys, hashes = this.hashes, mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      this.version++;
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k as K, ohashes[i]);
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) this.addHashed(k as K, other.hashes[i]);
    }
  }

  /** `set_update_internal` for an arbitrary iterable: one `add` per item. */
  updateKeys(keys: Iterable<K>): void {
    for (const k of keys) this.add(k);
  }

  /**
   * `set_update_internal` for an exact dict: one presizing, then the dict's
   * keys with their hashes (CPython reads the hashes stored in the dict).
   */
  updateHashed(pairs: readonly (readonly [K, PyHash])[]): void {
    const n = pairs.length;
    if ((this.fill + n) * 5 >= this.mask * 3) this.#resize((this.used + n) * 2);
    for (const [k, h] of pairs) this.addHashed(k, h);
  }

  /** `set_update_internal` for a `DictTable` (`set(d)`, `s.update(d)`). */
  updateFromDict(d: DictTable<K, unknown>): void {
    const pairs: [K, PyHash][] = [];
    for (const e of d.entries) if (e !== null) pairs.push([e.key, e.hash ?? this.ops.hash(e.key)]);
    this.updateHashed(pairs);
  }

  /** `set_copy` / `make_new_set`: a new table holding this one's keys. */
  copy(): SetTable<K> {
    const t = new SetTable(this.ops);
    t.merge(this);
    return t;
  }

  /** `s | other` (`set_or`). */
  union(other: SetTable<K>): SetTable<K> {
    const r = this.copy();
    if (other !== this) r.merge(other);
    return r;
  }

  /** `s & other` (`set_intersection`): iterates the smaller set, keeps its keys. */
  intersection(other: SetTable<K>): SetTable<K> {
    if (other === this) return this.copy();
    const result = new SetTable(this.ops);
    const [big, small] = other.used > this.used
      ? [other, this as SetTable<K>]
      : [this as SetTable<K>, other];
    for (let i = 0; i <= small.mask; i++) {
      // Re-read each time: `eq` may have resized either table.
      const k = small.keys[i];
      if (k === undefined || k === DUMMY) continue;
      const h = small.hashes[i];
      if (big.hasHashed(k as K, h)) result.addHashed(k as K, h);
    }
    return result;
  }

  /** `s.intersection(iterable)` for a non-set argument. */
  intersectionKeys(keys: Iterable<K>): SetTable<K> {
    const result = new SetTable(this.ops);
    for (const k of keys) {
      const h = this.ops.hash(k);
      if (this.hasHashed(k, h)) result.addHashed(k, h);
    }
    return result;
  }

  /** `s &= other` (`set_intersection_update`: the result's table replaces ours). */
  intersectionUpdate(other: SetTable<K>): void {
    this.#takeBody(this.intersection(other));
  }

  /** `s.intersection_update(iterable)` for a non-set argument. */
  intersectionUpdateKeys(keys: Iterable<K>): void {
    this.#takeBody(this.intersectionKeys(keys));
  }

  #takeBody(t: SetTable<K>): void {
    this.keys = t.keys;
    this.hashes = t.hashes;
    this.fill = t.fill;
    this.used = t.used;
    this.mask = t.mask;
    this.version++;
  }

  /** `s - other` (`set_difference`). */
  difference(other: SetTable<K>): SetTable<K> {
    if (this.used >> 2 > other.used) {
      const r = this.copy();
      r.differenceUpdate(other);
      return r;
    }
    const result = new SetTable(this.ops);
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k === undefined || k === DUMMY) continue;
      const h = this.hashes[i];
      if (!other.hasHashed(k as K, h)) result.addHashed(k as K, h);
    }
    return result;
  }

  /** `s.difference(iterable)` for a non-set, non-dict argument: copy, then discard. */
  differenceKeys(keys: Iterable<K>): SetTable<K> {
    const r = this.copy();
    r.differenceUpdateKeys(keys);
    return r;
  }

  /** `s -= other` (`set_difference_update_internal`). */
  differenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    // Against a much larger set, discarding the intersection is cheaper.
    const src = other.used >> 3 > this.used ? this.intersection(other) : other;
    for (let i = 0; i <= src.mask; i++) {
      const k = src.keys[i];
      if (k !== undefined && k !== DUMMY) this.discardHashed(k as K, src.hashes[i]);
    }
    this.#shrinkAfterDiscards();
  }

  /** `s.difference_update(iterable)` for a non-set argument. */
  differenceUpdateKeys(keys: Iterable<K>): void {
    for (const k of keys) this.discard(k);
    this.#shrinkAfterDiscards();
  }

  #shrinkAfterDiscards(): void {
    // More than a quarter dummies: rebuild (set_difference_update_internal).
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.#resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `s ^= other` (`set_symmetric_difference_update` with a set argument). */
  symmetricDifferenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k === undefined || k === DUMMY) continue;
      const h = other.hashes[i];
      if (!this.discardHashed(k as K, h)) this.addHashed(k as K, h);
    }
  }

  /** `s.symmetric_difference_update(iterable)`: the iterable becomes a set first. */
  symmetricDifferenceUpdateKeys(keys: Iterable<K>): void {
    const t = new SetTable(this.ops);
    t.updateKeys(keys);
    this.symmetricDifferenceUpdate(t);
  }

  /** `s ^ other` (`set_symmetric_difference`): a copy of `other` updated with `s`. */
  symmetricDifference(other: SetTable<K>): SetTable<K> {
    const r = other.copy();
    r.symmetricDifferenceUpdate(this);
    return r;
  }

  /** `s <= other`. */
  isSubset(other: SetTable<K>): boolean {
    if (this.used > other.used) return false;
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k === undefined || k === DUMMY) continue;
      if (!other.hasHashed(k as K, this.hashes[i])) return false;
    }
    return true;
  }

  /** `s.isdisjoint(other)` for a set argument (iterates the smaller one). */
  isDisjoint(other: SetTable<K>): boolean {
    if (other === this) return this.used === 0;
    const [big, small] = other.used > this.used
      ? [other, this as SetTable<K>]
      : [this as SetTable<K>, other];
    for (let i = 0; i <= small.mask; i++) {
      const k = small.keys[i];
      if (k === undefined || k === DUMMY) continue;
      if (big.hasHashed(k as K, small.hashes[i])) return false;
    }
    return true;
  }

  /** `s == other`: equal sizes and `s <= other`. */
  equals(other: SetTable<K>): boolean {
    return this.used === other.used && this.isSubset(other);
  }

  /** `hash(frozenset)`. */
  frozensetHash(): PyHash {
    const hs: PyHash[] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) hs.push(this.hashes[i]);
    }
    return frozensetHash(hs);
  }
}

/** CPython `set_insert_clean`: places a key known to be absent, no comparisons. */
function insertClean<K>(
  keys: Slot<K>[],
  hashes: PyHash[],
  mask: number,
  key: K,
  hash: PyHash,
): void {
  let plo = hashLo32(hash), phi = hashHi32(hash);
  let i = plo & mask;
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === undefined) {
          keys[j] = key;
          hashes[j] = hash;
          return;
        }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** CPython's `setiterobject`. */
export class SetIterator<K> {
  #set: SetTable<K> | null;
  #used: number;
  #pos = 0;
  /** Items left, for `__length_hint__`. */
  len: number;

  constructor(set: SetTable<K>) {
    this.#set = set;
    this.#used = set.used;
    this.len = set.used;
  }

  /** The next key, or `undefined` when exhausted (`setiter_iternext`). */
  next(): K | undefined {
    const so = this.#set;
    if (so === null) return undefined;
    if (this.#used !== so.used) {
      this.#used = -1; // sticky
      raise("RuntimeError", "Set changed size during iteration");
    }
    let i = this.#pos;
    const keys = so.keys, mask = so.mask;
    while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.#pos = i + 1;
    if (i > mask) {
      this.#set = null;
      return undefined;
    }
    this.len--;
    return keys[i] as K;
  }

  /** `__length_hint__`. */
  lengthHint(): number {
    return this.#set !== null && this.#used === this.#set.used ? this.len : 0;
  }
}

// ============================================================================
// DictTable: compact, insertion-ordered
// ============================================================================

/** One entry of a dict, in insertion order. */
export class DictEntry<K, V> {
  key: K;
  value: V;
  /** The key's Python hash, once known (always known while the hash index is live). */
  hash: PyHash | undefined;
  /** The key's fast key, or undefined for keys that go through the hash index. */
  readonly fast: FastKey | undefined;
  /** Position in `entries`, or -1 once deleted. */
  index: number;

  constructor(
    key: K,
    value: V,
    hash: PyHash | undefined,
    fast: FastKey | undefined,
    index: number,
  ) {
    this.key = key;
    this.value = value;
    this.hash = hash;
    this.fast = fast;
    this.index = index;
  }
}

/** `PyDict_LOG_MINSIZE`. */
const DICT_LOG_MINSIZE = 3;
/** CPython `USABLE_FRACTION`: entries a table of `n` slots holds before resizing. */
const usableFraction = (n: number) => Math.floor((n * 2) / 3);
/** CPython `calculate_log2_keysize`. */
function log2KeySize(minsize: number): number {
  let log = DICT_LOG_MINSIZE;
  while (2 ** log < minsize) log++;
  return log;
}
/** CPython `estimate_log2_keysize`: a size that holds `n` entries without resizing. */
const estimateLog2KeySize = (n: number) => log2KeySize(Math.floor((n * 3 + 1) / 2));

/**
 * An insertion-ordered dict table. Entries live in `entries` in insertion
 * order (`null` for a deleted entry); CPython's resize points are mirrored
 * (`usable` counts the entries left before the next compaction), so an
 * iterator that survives a same-size mutation sees what CPython's sees.
 *
 * Keys with a fast key are found through one `Map`; the others through an
 * index from the hash's low 32 bits to entries, built (over every entry) the
 * first time such a key is met, since a slow key may equal a fast one
 * (`class S(str)` without overrides equals its str).
 */
/** The next `DictTable.keysTag` to hand out (CPython's `next_keys_version`). */
let nextKeysVersion = 1;

export class DictTable<K, V> {
  readonly ops: KeyOps<K>;
  entries: (DictEntry<K, V> | null)[] = [];
  /** `len(d)`. */
  used = 0;
  /** Entries that can still be appended before a resize (`dk_usable`). */
  usable = 0;
  /** log2 of CPython's index size (`dk_log2_size`); 0 for the shared empty keys. */
  log2Size = 0;
  /** Bumped by every change, values included (CPython's `ma_version_tag`). */
  version = 0;
  /**
   * CPython's `dk_version`: nonzero while no key has been added or removed
   * since `keysVersion()` handed it out; unique across all tables, so a cache
   * that holds it knows both the table and that its entries stand.
   */
  keysTag = 0;
  /** Bumped when `entries` is rebuilt or emptied: a lookup in progress restarts. */
  #layout = 0;
  #fast = new Map<FastKey, DictEntry<K, V>>();
  #byHash: Map<number, DictEntry<K, V> | DictEntry<K, V>[]> | null = null;
  /** Live entries without a fast key. */
  #slowCount = 0;

  constructor(ops: KeyOps<K>, presize = 0) {
    this.ops = ops;
    // CPython `_PyDict_NewPresized`; an empty dict gets its first table on first insertion.
    if (presize > usableFraction(1 << DICT_LOG_MINSIZE)) {
      this.log2Size = presize > usableFraction(1 << 17) ? 17 : estimateLog2KeySize(presize);
      this.usable = usableFraction(2 ** this.log2Size);
    }
  }

  get size(): number {
    return this.used;
  }

  /** The current keys version, allocated on first request (see `keysTag`). */
  keysVersion(): number {
    if (this.keysTag === 0) this.keysTag = nextKeysVersion++;
    return this.keysTag;
  }

  #fastKey(key: K): FastKey | undefined {
    return this.ops.fastKey === undefined ? undefined : this.ops.fastKey(key);
  }

  #indexAll(): Map<number, DictEntry<K, V> | DictEntry<K, V>[]> {
    const idx = new Map<number, DictEntry<K, V> | DictEntry<K, V>[]>();
    this.#byHash = idx;
    for (const e of this.entries) {
      if (e === null) continue;
      if (e.hash === undefined) e.hash = this.ops.hash(e.key);
      addToIndex(idx, e);
    }
    return idx;
  }

  /** The entry for `key`, given its fast key, through the hash index. */
  #findSlow(key: K, fk: FastKey | undefined, hash: PyHash): DictEntry<K, V> | null {
    restart: for (;;) {
      const idx = this.#byHash ?? this.#indexAll();
      const slot = idx.get(hashLo32(hash));
      if (slot === undefined) return null;
      // Most slots hold one entry; a shared one is copied since `eq` may edit it.
      const bucket = Array.isArray(slot) ? slot.slice() : null;
      const count = bucket === null ? 1 : bucket.length;
      for (let i = 0; i < count; i++) {
        const e = bucket === null ? slot as DictEntry<K, V> : bucket[i];
        if (e.hash !== hash || e.index < 0) continue;
        const k = e.key;
        if (k === key) return e;
        // Two fast keys are equal only if their fast keys are: the Map said no.
        if (fk !== undefined && e.fast !== undefined) continue;
        const layout = this.#layout;
        const cmp = this.ops.eq(k, key);
        // CPython restarts when the compared entry or the table changed.
        if (this.#layout !== layout || e.index < 0 || e.key !== k) continue restart;
        if (cmp) return e;
      }
      return null;
    }
  }

  /** The entry holding a key equal to `key`, or null. */
  find(key: K): DictEntry<K, V> | null {
    const fk = this.#fastKey(key);
    if (fk !== undefined) {
      const e = this.#fast.get(fk);
      if (e !== undefined) return e;
      if (this.#slowCount === 0) return null;
    }
    return this.#findSlow(key, fk, this.ops.hash(key));
  }

  /** `d.get(key)`: the value, or `undefined`. */
  get(key: K): V | undefined {
    const e = this.find(key);
    return e === null ? undefined : e.value;
  }

  /** `key in d`. */
  has(key: K): boolean {
    return this.find(key) !== null;
  }

  /** `d[key] = value`: an existing equal key keeps its place and its key object. */
  set(key: K, value: V): void {
    const fk = this.#fastKey(key);
    let hash: PyHash | undefined;
    if (fk !== undefined) {
      const e = this.#fast.get(fk);
      if (e !== undefined) {
        e.value = value;
        this.version++;
        return;
      }
      if (this.#slowCount === 0) {
        if (this.#byHash !== null) hash = this.ops.hash(key);
        this.#append(key, value, fk, hash);
        return;
      }
    }
    hash = this.ops.hash(key);
    const e = this.#findSlow(key, fk, hash);
    if (e !== null) {
      e.value = value;
      this.version++;
      return;
    }
    this.#append(key, value, fk, hash);
  }

  /** `d.setdefault(key, value)`: the existing value, or `value` newly inserted. */
  setDefault(key: K, value: V): V {
    const e = this.find(key);
    if (e !== null) return e.value;
    this.set(key, value);
    return value;
  }

  #append(key: K, value: V, fk: FastKey | undefined, hash: PyHash | undefined): void {
    if (this.usable <= 0) this.#resize(log2KeySize(this.used * 3));
    const e = new DictEntry<K, V>(key, value, hash, fk, this.entries.length);
    this.entries.push(e);
    this.keysTag = 0;
    this.used++;
    this.usable--;
    this.version++;
    if (fk !== undefined) this.#fast.set(fk, e);
    else this.#slowCount++;
    if (this.#byHash !== null) {
      if (e.hash === undefined) e.hash = this.ops.hash(key);
      addToIndex(this.#byHash, e);
    } else if (fk === undefined) {
      this.#indexAll();
    }
  }

  /** CPython `dictresize`: compacts the entries into a table of 2**log slots. */
  #resize(log: number): void {
    const live: (DictEntry<K, V> | null)[] = [];
    for (const e of this.entries) {
      if (e !== null) {
        e.index = live.length;
        live.push(e);
      }
    }
    this.entries = live;
    this.log2Size = log;
    this.usable = usableFraction(2 ** log) - this.used;
    this.#layout++;
  }

  #unlink(e: DictEntry<K, V>): void {
    this.keysTag = 0;
    this.entries[e.index] = null;
    e.index = -1;
    this.used--;
    this.version++;
    if (e.fast !== undefined) this.#fast.delete(e.fast);
    else this.#slowCount--;
    if (this.#byHash !== null) removeFromIndex(this.#byHash, e);
  }

  /** `del d[key]` / `d.pop(key)`: the removed entry, or null if absent. */
  delete(key: K): DictEntry<K, V> | null {
    const e = this.find(key);
    if (e === null) return null;
    this.#unlink(e);
    return e;
  }

  /** `d.popitem()`: the last entry (CPython 3.11 `dict_popitem_impl`). */
  popitem(): DictEntry<K, V> {
    if (this.used === 0) raise("KeyError", "popitem(): dictionary is empty");
    let i = this.entries.length - 1;
    while (this.entries[i] === null) i--;
    const e = this.entries[i]!;
    this.#unlink(e);
    // The freed tail is reused, but `usable` is not given back (as CPython).
    this.entries.length = i;
    return e;
  }

  /** `d.clear()`: back to CPython's shared empty keys. */
  clear(): void {
    this.keysTag = 0;
    for (const e of this.entries) if (e !== null) e.index = -1;
    this.entries = [];
    this.used = 0;
    this.usable = 0;
    this.log2Size = 0;
    this.version++;
    this.#layout++;
    this.#fast = new Map();
    this.#byHash = null;
    this.#slowCount = 0;
  }

  /** `d.copy()` (CPython 3.11 `PyDict_Copy`). */
  copy(): DictTable<K, V> {
    const t = new DictTable<K, V>(this.ops);
    if (this.used === 0) return t;
    if (this.used >= Math.floor((this.entries.length * 2) / 3)) {
      // Few holes: CPython clones the keys object, holes and all.
      t.#cloneFrom(this);
      return t;
    }
    t.update(this);
    return t;
  }

  #cloneFrom(other: DictTable<K, V>): void {
    this.keysTag = 0;
    for (const e of other.entries) {
      if (e === null) {
        this.entries.push(null);
        continue;
      }
      const c = new DictEntry<K, V>(e.key, e.value, e.hash, e.fast, this.entries.length);
      this.entries.push(c);
      if (c.fast !== undefined) this.#fast.set(c.fast, c);
      else this.#slowCount++;
    }
    this.used = other.used;
    this.usable = other.usable;
    this.log2Size = other.log2Size;
    this.version++;
    if (other.#byHash !== null || this.#byHash !== null) this.#indexAll();
  }

  /** `d.update(other)` for a dict argument (CPython `dict_merge`, override). */
  update(other: DictTable<K, V>): void {
    if (other === this || other.used === 0) return;
    if (
      this.used === 0 && this.entries.length === 0 && other.used === other.entries.length &&
      (other.log2Size === DICT_LOG_MINSIZE || usableFraction(2 ** other.log2Size / 2) < other.used)
    ) {
      // A clean source into an empty dict: CPython clones the keys object.
      this.#cloneFrom(other);
      return;
    }
    // One resize up front when the table cannot hold the other's entries.
    if (this.usable + this.entries.length < other.used) {
      this.#resize(estimateLog2KeySize(this.used + other.used));
    }
    const n = other.entries.length;
    for (let i = 0; i < n && i < other.entries.length; i++) {
      const e = other.entries[i];
      if (e !== null) this.set(e.key, e.value);
    }
  }

  /** The keys in order. */
  keys(): K[] {
    const out: K[] = [];
    for (const e of this.entries) if (e !== null) out.push(e.key);
    return out;
  }

  /** The values in order. */
  values(): V[] {
    const out: V[] = [];
    for (const e of this.entries) if (e !== null) out.push(e.value);
    return out;
  }

  /** A Python-level iterator over the entries (`iter(d)`, views, `reversed(d)`). */
  iter(reversed = false): DictIterator<K, V> {
    return new DictIterator(this, reversed);
  }
}

function addToIndex<K, V>(
  idx: Map<number, DictEntry<K, V> | DictEntry<K, V>[]>,
  e: DictEntry<K, V>,
): void {
  const lo = hashLo32(e.hash!);
  const slot = idx.get(lo);
  if (slot === undefined) idx.set(lo, e);
  else if (Array.isArray(slot)) slot.push(e);
  else idx.set(lo, [slot, e]);
}

function removeFromIndex<K, V>(
  idx: Map<number, DictEntry<K, V> | DictEntry<K, V>[]>,
  e: DictEntry<K, V>,
): void {
  const lo = hashLo32(e.hash!);
  const slot = idx.get(lo);
  if (slot === e) idx.delete(lo);
  else if (Array.isArray(slot)) {
    const i = slot.indexOf(e);
    if (i >= 0) slot.splice(i, 1);
    if (slot.length === 1) idx.set(lo, slot[0]);
  }
}

/** CPython 3.11's `dictiterobject` (forward) and `dictreviterobject`. */
export class DictIterator<K, V> {
  #dict: DictTable<K, V> | null;
  #used: number;
  #pos: number;
  readonly #reversed: boolean;
  /** Items left, for `__length_hint__`. */
  len: number;

  constructor(dict: DictTable<K, V>, reversed: boolean) {
    this.#dict = dict;
    this.#used = dict.used;
    this.len = dict.used;
    this.#reversed = reversed;
    this.#pos = reversed ? dict.entries.length - 1 : 0;
  }

  /** The next entry, or `undefined` when exhausted. */
  next(): DictEntry<K, V> | undefined {
    const d = this.#dict;
    if (d === null) return undefined;
    if (this.#used !== d.used) {
      this.#used = -1; // sticky
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    const entries = d.entries;
    let i = this.#pos;
    let e: DictEntry<K, V> | null = null;
    if (this.#reversed) {
      if (i >= entries.length) i = entries.length - 1;
      while (i >= 0 && (e = entries[i]) === null) i--;
      if (i < 0) {
        this.#dict = null;
        return undefined;
      }
      this.#pos = i - 1;
    } else {
      const n = entries.length;
      while (i < n && (e = entries[i]) === null) i++;
      if (i >= n) {
        this.#dict = null;
        return undefined;
      }
      // An entry the iterator did not expect: same size, different keys.
      if (this.len === 0) {
        this.#dict = null;
        raise("RuntimeError", "dictionary keys changed during iteration");
      }
      this.#pos = i + 1;
    }
    this.len--;
    return e!;
  }

  /** `__length_hint__`. */
  lengthHint(): number {
    return this.#dict !== null && this.#used === this.#dict.used ? this.len : 0;
  }
}
