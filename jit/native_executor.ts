/**
 * A root trace as native code: its entry (dependencies, entry checks,
 * unboxing), its run through the side-trace dispatch, and its exits back
 * to tier 1. Lowering is `jit/lower_native.ts`; snapshots `jit/exits.ts`.
 *
 * @module
 */
import { buffersMade, resetNursery } from "../vm/list_storage.ts";
import type { Frame } from "../vm/frame.ts";
import type { Vm } from "../vm/vm.ts";
import type { NativeBackend } from "../ffi/native_backend.ts";
import { enter, NativeSlots, restore } from "./exits.ts";
import { isInlinedSnapshot, materialize, roomForInlined } from "./frames.ts";
import { type Carried, type Lowered, lowerRoot } from "./lower_native.ts";
import { compileTrace, ExitLinks, type NativeTrace } from "./native_trace.ts";
import type { Reason } from "./reasons.ts";
import type { NativeDispatch } from "./side_traces.ts";
import { stencilTable } from "./stencil_table.ts";
import { nativeRecord, type Tier2Stats } from "./stats.ts";
import {
  calleeHolds,
  isRejection,
  type NativeCode,
  type Rejection,
  type Trace,
  type TraceExecutor,
} from "./trace_ir.ts";

/** Refused entries in a row after which the executor gives up. */
const MAX_MISSES = 64;
/** Times a root is lowered again to carry more slots for its side traces. */
const MAX_REBUILDS = 4;
/** Entries between two looks at how long each one ran. */
const TRIP_SAMPLE = 512;
/**
 * Work per entry below which entering native code costs more than it saves,
 * in uops: an entry and its exit (checks, unboxing, reboxing, the call)
 * cost about as much as this many instructions in tier 1. An entry's work
 * is its loop iterations (jumps to the top, and transfers between the
 * tree's traces) times the root trace's length.
 */
const MIN_WORK = 24;
/**
 * What giving a list native storage at entry costs, in the same uops: a
 * header or items buffer takes about 1 µs to make, find the address of and
 * collect (measured on fannkuch, whose entries each meet a new copy of a
 * list). Entries that keep meeting new lists must do that much more work.
 */
const BUFFER_WORK = 128;

/** A trace running as native code. */
export class NativeExecutor implements TraceExecutor {
  valid = true;
  /** Its side traces, which it links to through `NativeDispatch.run` (`jit/side_traces.ts`). */
  sides: NativeDispatch | null = null;
  #code: NativeTrace | null = null;
  #lowered: Lowered | null = null;
  #links: ExitLinks | null = null;
  #misses = 0;
  /** The range step the code was emitted for (requirement 4 of `jit/lower_native.ts`). */
  #step: bigint | null = null;
  readonly #carry = new Map<number, Carried>();
  #rebuilds = 0;
  /** Set when it gave up because its entries ran too few iterations (`#judgeTrips`). */
  retired = false;
  #sampled = 0;
  #workSeen = 0;
  /** Native buffers its entries made for lists since the last look (`buffersMade`). */
  #buffers = 0;
  readonly #buffer: ArrayBuffer;
  readonly #slots: NativeSlots;
  #pointer: Deno.PointerObject | null = null;

  constructor(
    readonly trace: Trace,
    readonly jumpArg: number,
    readonly backend: NativeBackend,
    readonly stats: Tier2Stats | null,
    slots: number,
    readonly iterSlot: number,
  ) {
    this.#buffer = new ArrayBuffer(slots * 8);
    this.#slots = new NativeSlots(this.#buffer);
    stats?.iterationCounters.add(this);
  }

  get native(): NativeCode | undefined {
    return this.#code?.native;
  }

  /** Emits `lowered`, for range step `step`; the lowering already passed. */
  install(lowered: Lowered, step: bigint | null): void {
    this.#step = step;
    const t0 = performance.now();
    const links = new ExitLinks(this.backend, lowered.snapshots.length);
    // The root is trace 0 of its tree (`jit/side_traces.ts`).
    lowered = { ...lowered, instrs: links.patch(lowered.instrs, 0) };
    const code = compileTrace(
      this.backend,
      stencilTable(this.backend.arch),
      lowered.instrs,
      this.trace.entrySp,
    );
    this.#code = code;
    this.#lowered = lowered;
    this.#links = links;
    this.#sampled = this.#workSeen = 0;
    if (this.stats !== null) {
      this.stats.compiled++;
      this.stats.nativeBytes += code.size;
      this.stats.compileMs += performance.now() - t0;
    }
  }

  #invalidate(): void {
    // The controller frees and counts it when ENTER_EXECUTOR next finds it invalid.
    this.valid = false;
    this.#freeCode();
  }

  /** Frees the native code, its side traces first, keeping their loop counts for `--stats`. */
  #freeCode(): void {
    this.sides?.free();
    if (this.stats !== null && this.#links !== null) {
      this.stats.nativeIterations += this.#links.loops();
    }
    this.#links = null;
    this.#code?.free();
  }

  /** Loop iterations the live native code ended: jumps to the root's top, side traces' links to it. */
  iterations(): number {
    return (this.#links?.loops() ?? 0) + (this.sides?.headArrivals() ?? 0);
  }

  #dependenciesHold(): boolean {
    for (const d of this.trace.dependencies) {
      const ok = d.kind === "dict_entry"
        ? d.table.keysTag === d.tag && d.entry.value === d.value
        : d.kind === "function_code"
        // An inlined callee's `__code__` or defaults were reassigned: its body in the trace is stale.
        ? calleeHolds(d.func, d.code, d.defaults)
        : d.type.version === d.version;
      if (!ok) return false;
    }
    return true;
  }

  /** Requirement 4: the step of the iterator at the loop head, if it is a range iterator. */
  #liveStep(frame: Frame): bigint | null {
    const it = frame.fast[this.iterSlot] as { step?: unknown } | undefined;
    return typeof it?.step === "number" && it.step !== 0 ? BigInt(it.step) : null;
  }

  run(vm: Vm, frame: Frame): Frame {
    if (!this.valid) return frame;
    if (!this.#dependenciesHold()) {
      this.#invalidate();
      return frame;
    }
    if (this.#code === null) {
      const step = this.#liveStep(frame);
      const lowered = step === null ? null : lowerRoot(this.trace, step, this.#carry);
      if (lowered === null || isRejection(lowered)) return this.#refuse(frame);
      this.install(lowered, step);
    }
    const lowered = this.#lowered!;
    // An exit inside an inlined call pushes its frames: tier 1 would have raised RecursionError.
    if (this.trace.frames !== undefined && !roomForInlined(vm)) return frame;
    const made = buffersMade();
    if (!enter(lowered.entries, frame.fast, this.#slots)) return this.#refuse(frame);
    resetNursery();
    this.#buffers += buffersMade() - made;
    this.#misses = 0;
    this.#pointer ??= this.backend.framePointer(this.#buffer);
    nativeRecord.entries++;
    // Traces of one tree jump to each other through their exits' link cells: only a real
    // exit comes back here to be boxed.
    const snap = this.sides === null
      ? lowered.snapshots[this.#code!.run(this.#pointer) & 0xffff]
      : this.sides.run(this.#code!, lowered, this.#links!, this.#pointer);
    restore(snap, this.#slots, frame.fast);
    frame.pc = snap.pc;
    frame.sp = snap.sp;
    if (this.stats !== null) {
      this.stats.entries++;
      this.stats.exit(snap.label);
    }
    if (++this.#sampled === TRIP_SAMPLE) this.#judgeTrips();
    // Inside an inlined callee: tier 1 resumes in the callee's rebuilt frame (jit/frames.ts).
    if (isInlinedSnapshot(snap)) {
      const inner = materialize(vm, frame, snap, this.#slots);
      this.sides?.taken(frame, inner);
      return inner;
    }
    this.sides?.taken(frame);
    return frame;
  }

  /** Retires the executor when its last TRIP_SAMPLE entries ran too few iterations. */
  #judgeTrips(): void {
    if (this.#links === null) return;
    const work = this.iterations() + (this.sides?.transfers() ?? 0);
    const done = work - this.#workSeen;
    this.#workSeen = work;
    this.#sampled = 0;
    const cost = MIN_WORK * TRIP_SAMPLE + BUFFER_WORK * this.#buffers;
    this.#buffers = 0;
    if (done * this.trace.ops.length >= cost) return;
    this.retired = true;
    if (this.stats !== null) this.stats.retired++;
    this.#invalidate();
  }

  /**
   * Makes the root carry `more` slots for a side trace (requirement 5 of
   * `jit/lower_native.ts`): lowers and emits it again, and drops its side
   * traces, which were made for the old exits; they grow again. False when
   * it cannot (too many rebuilds, or the lowering refuses).
   */
  carry(more: ReadonlyMap<number, Carried>): boolean {
    if (this.#code === null || this.#rebuilds >= MAX_REBUILDS) return false;
    const carry = new Map([...this.#carry, ...more]);
    const lowered = lowerRoot(this.trace, this.#step ?? 1n, carry);
    if (isRejection(lowered)) return false;
    this.#rebuilds++;
    for (const [k, c] of more) this.#carry.set(k, c);
    this.#freeCode();
    if (this.stats !== null) this.stats.rebuilt++;
    this.install(lowered, this.#step);
    return true;
  }

  #refuse(frame: Frame): Frame {
    if (this.stats !== null) this.stats.entryMisses++;
    if (++this.#misses >= MAX_MISSES) this.#invalidate();
    return frame;
  }

  free(): void {
    this.valid = false;
    this.#freeCode();
    this.stats?.iterationCounters.delete(this);
  }
}

/**
 * Compiles an optimized trace to native code, or says why not (counted in
 * `stats` either way).
 */
export function compileNative(
  trace: Trace,
  jumpArg: number,
  backend: NativeBackend,
  stats: Tier2Stats | null,
): TraceExecutor | Rejection {
  const t0 = performance.now();
  // The controller counts rejections (`stats.reject`) as it backs the loop off.
  const fail = (reason: Reason, pc?: number): Rejection =>
    pc === undefined ? { reason } : { reason, pc };
  if (!backend.available) return fail("NO_BACKEND");
  // Projection records the step of the loop head's range iterator; a hand-made trace
  // without one is checked with any nonzero step and emitted on its first entry.
  const range = trace.ops.find((o) => o.uop === "_FOR_ITER_RANGE")?.operand as
    | { step?: number }
    | undefined;
  const step = typeof range?.step === "number" && range.step !== 0 ? BigInt(range.step) : null;
  const lowered = lowerRoot(trace, step ?? 1n);
  if (isRejection(lowered)) return fail(lowered.reason as Reason, lowered.pc);
  if (stats !== null) stats.compileMs += performance.now() - t0;
  const executor = new NativeExecutor(
    trace,
    jumpArg,
    backend,
    stats,
    lowered.slots,
    lowered.iterSlot,
  );
  if (lowered.iterSlot < 0 || step !== null) executor.install(lowered, step);
  return executor;
}
