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
 *
 * @module
 */
import { intFromBig, PyFloat, type PyObject, T } from "../vm/object.ts";
import type { RangeIterator } from "../vm/range.ts";
import { slotType } from "./trace_ir.ts";

/** How one frame slot is rebuilt at an exit. */
export type SlotRestore =
  /** Native code never wrote it: `frame.fast[i]` is still right. */
  | { kind: "unchanged" }
  /** Box native slot `i` as an int, float or bool. */
  | { kind: "int" | "float" | "bool" }
  /** `frame.fast[i]` is a RangeIterator whose cursor is native slots `cursor`, `cursor + 1`. */
  | { kind: "range_iter"; cursor: number; step: bigint }
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
  /** A RangeIterator at `slot` whose next value and stop go to `cursor`, `cursor + 1`. */
  | { slot: number; kind: "range_iter"; cursor: number; step: bigint };

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
/** The int64 of a boxed value that is an exact int in range, else null. */
export function unboxInt(x: PyObject | undefined): bigint | null {
  if (typeof x === "number") return BigInt(x);
  if (typeof x === "bigint") return x >= INT64_MIN && x <= INT64_MAX ? x : null;
  return null;
}

/**
 * Checks the live-in slots of `fast` against the kinds a trace was compiled
 * for and unboxes them into the native slots; false (and nothing written)
 * when one does not match (requirement 3).
 */
export function enter(
  entries: readonly EntrySlot[],
  fast: readonly (PyObject | undefined)[],
  i64: BigInt64Array,
  f64: Float64Array,
): boolean {
  for (const e of entries) {
    const x = fast[e.slot];
    if (slotType(x) !== e.kind) return false;
    if (e.kind === "int" && unboxInt(x) === null) return false;
    if (e.kind === "range_iter" && BigInt((x as RangeIterator).step) !== e.step) return false;
  }
  for (const e of entries) {
    const x = fast[e.slot];
    switch (e.kind) {
      case "int":
        i64[e.slot] = unboxInt(x)!;
        break;
      case "float":
        f64[e.slot] = (x as PyFloat).value;
        break;
      case "bool":
        i64[e.slot] = x ? 1n : 0n;
        break;
      case "range_iter": {
        const it = x as RangeIterator;
        // Construction keeps the last value plus one step a safe integer, so the stop fits.
        const next = BigInt(it.next_);
        i64[e.cursor] = next;
        i64[e.cursor + 1] = next + BigInt(Math.max(it.remaining, 0)) * e.step;
        break;
      }
    }
  }
  return true;
}

/** Items a range iterator has left between `cur` and `stop`. */
function rangeRemaining(cur: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return cur < stop ? (stop - cur + step - 1n) / step : 0n;
  return cur > stop ? (cur - stop - step - 1n) / -step : 0n;
}

/** Rebuilds `fast[0 .. snapshot.sp)` from the native slots (requirement 1). */
export function restore(
  snapshot: Snapshot,
  i64: BigInt64Array,
  f64: Float64Array,
  fast: (PyObject | undefined)[],
): void {
  const slots = snapshot.slots;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    switch (s.kind) {
      case "unchanged":
        break;
      case "int":
        fast[i] = intFromBig(i64[i]);
        break;
      case "float":
        fast[i] = new PyFloat(f64[i], T.float);
        break;
      case "bool":
        fast[i] = i64[i] !== 0n;
        break;
      case "const":
        fast[i] = s.value;
        break;
      case "range_iter": {
        const it = fast[i] as RangeIterator;
        const cur = i64[s.cursor];
        it.next_ = Number(cur);
        it.remaining = Number(rangeRemaining(cur, i64[s.cursor + 1], s.step));
        break;
      }
    }
  }
}
