/**
 * The one owner of the boundary between tier 1's boxed frame and a native
 * trace's slot array: what is unboxed on entry, and, per exit, how every
 * slot below the exit's stack depth is rebuilt before tier 1 resumes.
 *
 * Requirements (read before changing a kind):
 * 1. A snapshot describes the frame tier 1 would have at the exit's `pc`,
 *    slot for slot: a native trace keeps tier 1's stack layout, so slot `i`
 *    of the frame is rebuilt from native slot `i` (a range iterator's cursor
 *    lives in extra slots past the stack).
 * 2. Ints are int64 natively and boxed as the VM does everywhere else: a JS
 *    number when |v| <= 2**53-1, else a bigint. Floats keep their bits
 *    (-0.0, infinities, NaN); bools are 0 and 1.
 * 3. `enter` either unboxes every live-in slot or changes nothing and
 *    returns false: a refused entry leaves tier 1 to run the iteration.
 * 4. A list or tuple is its header's address natively (`vm/list_storage.ts`),
 *    and that address leads back to it at an exit. Entry checks only the
 *    outer strategy of a nested kind: native code checks each item's
 *    storage where it uses it.
 * 5. An iterator has a flag past its cursor: set, native code made it
 *    (`_GET_ITER_SEQ`), and no object exists yet; the exit makes it. Such an
 *    iterator is the hidden one of a `for` loop, so which object it is
 *    cannot be seen; an iterator tier 1 made is updated in place. An
 *    `enumerate` over a list or tuple iterator keeps `count - index` in its
 *    third slot instead, so that its count is the index (before the step)
 *    plus that, and the flag in its own stack slot (`_ENUM_NEW` sets it).
 *
 * @module
 */
import { intFromBig, PyFloat, PyList, type PyObject, PyTuple, T } from "../vm/object.ts";
import { RangeIterator } from "../vm/range.ts";
import {
  enumCountFits,
  isEnumKind,
  isIterKind,
  isSeqKind,
  iterated,
  type IterKind,
  type SeqKind,
  type SlotType,
  slotType,
  strategyWord,
} from "./trace_ir.ts";
import { type Header, HeaderOwners, promote, tupleHeader } from "../vm/list_storage.ts";
import { ListIterator } from "../vm/list.ts";
import { TupleIterator } from "../vm/tuple.ts";
import { PyEnumerate } from "../vm/iterators.ts";

/** How one frame slot is rebuilt at an exit. */
export type SlotRestore =
  /** Native code never wrote it: `frame.fast[i]` is still right. */
  | { kind: "unchanged" }
  /** Box native slot `i` as an int, float or bool. */
  | { kind: "int" | "float" | "bool" }
  /** Native slot `i` holds a list's or tuple's header: `frame.fast[i]` is that object (requirement 4). */
  | { kind: "seq"; type: SeqKind }
  /** `frame.fast[i]` is a RangeIterator whose cursor is native slots `cursor`, `cursor + 1`. */
  | { kind: "range_iter"; cursor: number; step: bigint }
  /**
   * `frame.fast[i]` is a list or tuple iterator (or an enumerate over one)
   * whose next index is native slot `cursor` (requirement 5).
   */
  | { kind: "seq_iter"; cursor: number; type: IterKind }
  /** A value known when the trace was compiled (a folded global, NULL). */
  | { kind: "const"; value: PyObject | undefined };

/** Where an exit resumes tier 1, and how to rebuild the frame there. */
export interface Snapshot {
  /** The bytecode unit tier 1 resumes at. */
  pc: number;
  /** The stack depth there: `slots.length`. */
  sp: number;
  slots: SlotRestore[];
  /** `code:line pc uop`, for `--stats`. */
  label: string;
}

/** A live-in slot unboxed on entry. */
export type EntrySlot =
  | { slot: number; kind: "int" | "float" | "bool" }
  /** A list or tuple of this kind at `slot`: its header's address (requirement 4). */
  | { slot: number; kind: "seq"; type: SeqKind }
  /** A RangeIterator at `slot` whose next value and stop go to `cursor`, `cursor + 1`. */
  | { slot: number; kind: "range_iter"; cursor: number; step: bigint }
  /** A list or tuple iterator at `slot`: its next index goes to `cursor`, its sequence's header after. */
  | { slot: number; kind: "seq_iter"; cursor: number; type: IterKind };

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
/** The int64 of a boxed value that is an exact int in range, else null. */
export function unboxInt(x: PyObject | undefined): bigint | null {
  if (typeof x === "number") return BigInt(x);
  if (typeof x === "bigint") return x >= INT64_MIN && x <= INT64_MAX ? x : null;
  return null;
}

/** The native kind of a boxed value: an int that fits int64, an exact float, a bool; else null. */
export function nativeKind(x: PyObject | undefined): "int" | "float" | "bool" | null {
  const t = slotType(x);
  if (t === "float" || t === "bool") return t;
  return t === "int" && unboxInt(x) !== null ? "int" : null;
}

const TWO32 = 4294967296;
/** Ints whose high word lies in [-2**21, 2**21) are within 2**53: JS numbers, no BigInt. */
const HIGH_SAFE = 2097152;

/**
 * A native frame buffer seen from TypeScript: int64 slots are read and
 * written as two 32-bit words when they are safe integers, so that the
 * common entry and exit never makes a BigInt.
 */
export class NativeSlots {
  readonly i64: BigInt64Array;
  readonly f64: Float64Array;
  readonly #lo: Uint32Array;
  readonly #hi: Int32Array;

  constructor(readonly buffer: ArrayBuffer) {
    this.i64 = new BigInt64Array(buffer);
    this.f64 = new Float64Array(buffer);
    // Both targets are little-endian: word 2k is the low half of slot k.
    this.#lo = new Uint32Array(buffer);
    this.#hi = new Int32Array(buffer);
  }

  /** Slot `k` as the VM boxes an int: a number when |v| <= 2**53-1, else a bigint. */
  int(k: number): number | bigint {
    const hi = this.#hi[2 * k + 1];
    if (hi >= -HIGH_SAFE && hi < HIGH_SAFE) {
      const v = hi * TWO32 + this.#lo[2 * k];
      if (v !== -9007199254740992) return v;
    }
    return intFromBig(this.i64[k]);
  }

  /** Stores a safe integer (a JS number) in slot `k`. */
  setNumber(k: number, x: number): void {
    const hi = Math.floor(x / TWO32);
    this.#hi[2 * k + 1] = hi;
    this.#lo[2 * k] = x - hi * TWO32;
  }

  /** Stores an exact int in slot `k`; false when it does not fit in int64. */
  setInt(k: number, x: PyObject | undefined): boolean {
    if (typeof x === "number") {
      this.setNumber(k, x);
      return true;
    }
    const v = unboxInt(x);
    if (v === null) return false;
    this.i64[k] = v;
    return true;
  }

  bool(k: number): boolean {
    return (this.#lo[2 * k] | this.#hi[2 * k + 1]) !== 0;
  }
}

/**
 * The header of `x` if it is an exact list or tuple whose strategy is
 * `type`'s (a list is given native storage if its items fit), else null.
 */
function headerOf(x: PyObject | undefined, type: SeqKind): Header | null {
  let h: Header;
  if (x instanceof PyList && x.cls === T.list) {
    const n = promote(x);
    if (n === null) return null;
    h = n.header;
  } else if (x instanceof PyTuple && x.cls === T.tuple) h = tupleHeader(x);
  else return null;
  return h.strategyWord === strategyWord(type) ? h : null;
}

/** Whether `x` can be unboxed as an `e.kind` slot (requirement 3). */
function unboxable(e: EntrySlot, x: PyObject | undefined): boolean {
  switch (e.kind) {
    case "int":
      return typeof x === "number" || (typeof x === "bigint" && unboxInt(x) !== null);
    case "float":
      return x instanceof PyFloat && x.cls === T.float;
    case "bool":
      return typeof x === "boolean";
    case "range_iter":
      return slotType(x) === "range_iter" && (x as RangeIterator).step === Number(e.step);
    case "seq":
      return headerOf(x, e.type) !== null;
    case "seq_iter": {
      let it = x as Partial<ListIterator> | undefined;
      if (isEnumKind(e.type)) {
        const en = x as Partial<PyEnumerate> | undefined;
        if (en?.cls !== T.enumerate || !enumCountFits(en.count!, (en.it as ListIterator).i)) {
          return false;
        }
        it = en.it as ListIterator;
      }
      const cls = iterated(e.type).startsWith("list") ? T.list_iterator : T.tuple_iterator;
      return it?.cls === cls && headerOf(it.seq ?? undefined, iterated(e.type)) !== null;
    }
  }
}

/**
 * Checks the live-in slots of `fast` against the kinds a trace was compiled
 * for and unboxes them into the native slots; false (and nothing written)
 * when one does not match (requirement 3).
 */
export function enter(
  entries: readonly EntrySlot[],
  fast: readonly (PyObject | undefined)[],
  slots: NativeSlots,
): boolean {
  for (let k = 0; k < entries.length; k++) {
    if (!unboxable(entries[k], fast[entries[k].slot])) return false;
  }
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const x = fast[e.slot];
    switch (e.kind) {
      case "int":
        slots.setInt(e.slot, x);
        break;
      case "float":
        slots.f64[e.slot] = (x as PyFloat).value;
        break;
      case "bool":
        slots.setNumber(e.slot, x ? 1 : 0);
        break;
      case "seq":
        slots.setNumber(e.slot, headerOf(x, e.type)!.address);
        break;
      case "seq_iter": {
        // Requirement 5: an enumerate's third cursor slot is `count - index`, not a flag.
        const it = (isEnumKind(e.type) ? (x as PyEnumerate).it : x) as ListIterator;
        slots.setNumber(e.cursor, it.i);
        slots.setNumber(e.cursor + 1, headerOf(it.seq!, iterated(e.type))!.address);
        if (isEnumKind(e.type)) {
          slots.setNumber(e.cursor + 2, (x as PyEnumerate).count as number - it.i);
          slots.setNumber(e.slot, 0);
        } else slots.setNumber(e.cursor + 2, 0);
        break;
      }
      case "range_iter": {
        const it = x as RangeIterator;
        // Construction keeps the last value plus one step a safe integer, so the stop fits.
        slots.setNumber(e.cursor, it.next_);
        slots.setNumber(e.cursor + 1, it.next_ + Math.max(it.remaining, 0) * it.step);
        slots.setNumber(e.cursor + 2, 0);
        break;
      }
    }
  }
  return true;
}

/** Items a range iterator has left between `cur` and `stop` (safe integers). */
function rangeRemaining(cur: number, stop: number, step: number): number {
  if (step > 0) return cur < stop ? Math.floor((stop - cur + step - 1) / step) : 0;
  return cur > stop ? Math.floor((cur - stop - step - 1) / -step) : 0;
}

/**
 * Whether the iterator of `s`, at frame slot `i`, was made by native code
 * and has no object yet (requirement 5): a flag past a list or tuple
 * iterator's cursor, the enumerate's own slot for an enumerate.
 */
function virtualIterator(
  s: { cursor: number; type: IterKind },
  i: number,
  native: NativeSlots,
): boolean {
  return native.bool(isEnumKind(s.type) ? i : s.cursor + 2);
}

/** Rebuilds `fast[0 .. snapshot.sp)` from the native slots (requirement 1). */
export function restore(
  snapshot: Snapshot,
  native: NativeSlots,
  fast: (PyObject | undefined)[],
): void {
  const slots = snapshot.slots;
  // Requirement 4: the lists and tuples native code holds are found from the frame as it
  // was entered, so before any slot is written.
  let owners: HeaderOwners | null = null;
  let found: (PyList | PyTuple)[] | null = null;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    const at = s.kind === "seq"
      ? i
      : s.kind === "seq_iter" && virtualIterator(s, i, native)
      ? s.cursor + 1
      : -1;
    if (at < 0) continue;
    owners ??= new HeaderOwners(fast);
    (found ??= [])[i] = owners.at(native.int(at) as number);
  }
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    switch (s.kind) {
      case "unchanged":
        break;
      case "int":
        fast[i] = native.int(i);
        break;
      case "float":
        fast[i] = new PyFloat(native.f64[i], T.float);
        break;
      case "bool":
        fast[i] = native.bool(i);
        break;
      case "const":
        fast[i] = s.value;
        break;
      case "seq":
        fast[i] = found![i];
        break;
      case "seq_iter": {
        // Requirement 5: an iterator native code made gets its object now.
        const index = native.int(s.cursor) as number;
        let it: ListIterator | TupleIterator;
        if (virtualIterator(s, i, native)) {
          const seq = found![i];
          it = seq instanceof PyList ? new ListIterator(seq) : new TupleIterator(seq);
          fast[i] = isEnumKind(s.type) ? new PyEnumerate(it, 0) : it;
        } else it = (isEnumKind(s.type) ? (fast[i] as PyEnumerate).it : fast[i]) as ListIterator;
        it.i = index;
        if (isEnumKind(s.type)) {
          (fast[i] as PyEnumerate).count = index + (native.int(s.cursor + 2) as number);
        }
        break;
      }
      case "range_iter": {
        const cur = native.int(s.cursor) as number;
        const stop = native.int(s.cursor + 1) as number;
        if (native.bool(s.cursor + 2)) {
          fast[i] = new RangeIterator(
            cur,
            Number(s.step),
            rangeRemaining(cur, stop, Number(s.step)),
          );
          break;
        }
        const it = fast[i] as RangeIterator;
        it.next_ = cur;
        it.remaining = rangeRemaining(cur, stop, it.step);
        break;
      }
    }
  }
}

/** The type a live-in slot has once unboxed. */
export function entryType(e: EntrySlot): SlotType {
  return e.kind === "seq" || e.kind === "seq_iter" ? e.type : e.kind;
}

/**
 * How an exit rebuilds a slot native code holds as `type` (a scalar, a
 * sequence, or an iterator whose cursor is at `cursor`); null for a type
 * with no native form.
 */
export function restoreOf(type: SlotType, cursor = -1, step = 0n): SlotRestore | null {
  if (type === "int" || type === "float" || type === "bool") return { kind: type };
  if (isSeqKind(type)) return { kind: "seq", type };
  if (isIterKind(type)) return { kind: "seq_iter", cursor, type };
  if (type === "range_iter") return { kind: "range_iter", cursor, step };
  return null;
}

/** The entry that unboxes a slot native code holds as `type` (as `restoreOf`). */
export function entryOf(slot: number, type: SlotType, cursor = -1, step = 0n): EntrySlot | null {
  const r = restoreOf(type, cursor, step);
  return r === null ? null : { slot, ...r } as EntrySlot;
}
