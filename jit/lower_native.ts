/**
 * Native lowering: an optimized, typed trace (`jit/optimizer.ts`) to native
 * uops (`jit/uops.ts` rows with `native: true`), copied and patched by
 * `jit/native_trace.ts`, with the snapshots and entry checks of
 * `jit/exits.ts`.
 *
 * Requirements (read before adding a lowering):
 * 1. The native slot array has tier 1's layout, slot for slot: slot i is
 *    `frame.fast[i]` unboxed, so an exit rebuilds the frame position by
 *    position. A value with no native form (a callable, NULL) still takes its
 *    slot (pushed as zero bits) and is rebuilt from the constant the trace
 *    folded. Past the stack come scratch slots, inlined callees' locals,
 *    then three cursor slots per loop-frame stack slot below the root's
 *    entry depth: an iterator at slot j keeps its next value (a range's) or
 *    index (a list's or tuple's), its stop or its sequence's header, and a
 *    flag set when native code made it (`_GET_ITER_SEQ`: the exit makes the
 *    object) at `cursorBase + 3j`. A side trace uses its root's.
 * 2. A native exit leaves its inputs as tier 1 needs them: an op that can
 *    exit after a conversion works on copies (`_COPY`, convert, operate,
 *    then `_STORE_FAST` the result down), never on the operands in place.
 * 3. Every slot a native uop reads holds an int, float or bool the analysis
 *    proves; otherwise the trace is rejected (UNKNOWN_TYPE), as it is for a
 *    uop without a lowering (NOT_NATIVE) or a trace that does not loop
 *    (NOT_CLOSED). A rejection changes nothing.
 * 4. The range step is a patched immediate, but projection does not record
 *    it: a trace with `_FOR_ITER_RANGE` is emitted on its first entry, for
 *    the step of the iterator it meets, and refuses entry with another step.
 * 5. A root trace owns the locals it stores and the carried slots
 *    (`Carry`): slots its side traces work on, though the root itself does
 *    not. It unboxes carried slots on entry and its exits rebox them, so a
 *    side trace that goes round an enclosing loop (`jit/side_traces.ts`)
 *    can store them natively and link back to the root's top.
 * 6. A list's native slot holds its header's address (`vm/list_storage.ts`),
 *    which leads an exit back to the object (`HeaderOwners`), or to a new
 *    one for a list native code made (`_COPY_LIST`).
 * 7. Other traces of a tree may jump to any loop head a trace passes
 *    (`LoopHead`, `jit/side_traces.ts` requirement 6): no peephole folds
 *    across one, and it records how an exit there would rebuild each slot.
 *
 * @module
 */
import { codeInfo } from "../vm/frame.ts";
import { PyFloat, type PyObject } from "../vm/object.ts";
import { PyModule } from "../vm/descriptors.ts";
import type { PyDict } from "../vm/dict.ts";
import { NB_ADD, NB_MULTIPLY, NB_SUBTRACT } from "../vm/operators.ts";
import { instr, type NativeInstr } from "./emit.ts";
import {
  CONST_OPERAND_UOPS,
  FAST_OPERAND_UOPS,
  KEEP_OPERAND_UOPS,
  LOCALS_OPERAND_UOPS,
  localSlots,
  ROT_OPERAND_UOPS,
  STORE_OPERAND_UOPS,
} from "./uops.ts";
import { type AbsValue, analyze, extensionOp, plainNb } from "./optimizer.ts";
import {
  entryOf,
  type EntrySlot,
  entryType,
  restoreOf,
  type SlotRestore,
  type Snapshot,
} from "./exits.ts";
import { type FrameLayout, layoutFrames } from "./frames.ts";
import { inlinedSnapshot, lowerFrameOp } from "./lower_frames.ts";
import { lowerSeqOp } from "./lower_seq.ts";
import {
  fuseCompare,
  lowerBinary,
  lowerCompare,
  lowerMathCall,
  lowerToBool,
} from "./lower_numbers.ts";
import type { Reason } from "./reasons.ts";
import {
  type InlinedFrame,
  isIterKind,
  isSeqKind,
  type IterKind,
  type Rejection,
  type SeqKind,
  type SlotType,
  type Trace,
  type TraceOp,
} from "./trace_ir.ts";
import { LINK_TOP } from "./trace_ir.ts";
import { loopHeads } from "./trace.ts";

const CONST_OPERAND: ReadonlySet<string> = new Set(CONST_OPERAND_UOPS);
const FAST_OPERAND: ReadonlySet<string> = new Set(FAST_OPERAND_UOPS);
const LOCALS_OPERAND: ReadonlySet<string> = new Set(LOCALS_OPERAND_UOPS);
const STORE_OPERAND: ReadonlySet<string> = new Set(STORE_OPERAND_UOPS);
/** The stack shuffles a `_KEEP` (`_ROT`) variant folds in, in order: `a[k] op= v`. */
const SHUFFLES: readonly { kind: "KEEP" | "ROT"; uops: ReadonlySet<string>; before: string[] }[] = [
  { kind: "KEEP", uops: new Set(KEEP_OPERAND_UOPS), before: ["_COPY 2", "_COPY 2"] },
  { kind: "ROT", uops: new Set(ROT_OPERAND_UOPS), before: ["_SWAP 3", "_SWAP 2"] },
];

/** Slots past tier 1's stack for the copies of requirement 2. */
const SCRATCH = 4;

/** How a root carries one slot for its side traces: unboxed, or a range iterator's step. */
export type Carried = "int" | "float" | "bool" | SeqKind | IterKind | { step: bigint };
/** Slots a root trace carries for its side traces (requirement 5). */
export type Carry = ReadonlyMap<number, Carried>;

/** A lowered trace: what to emit, and how to enter and leave it. */
export interface Lowered {
  instrs: NativeInstr[];
  snapshots: Snapshot[];
  /** The trace op's uop of each snapshot (a branch guard's exit may start a side trace). */
  exitUops: string[];
  entries: EntrySlot[];
  /** The slot of the range iterator `_FOR_ITER_RANGE` steps, or -1 (requirement 4). */
  iterSlot: number;
  /** A root's slots rebuilt from native slots at every exit, by kind (requirement 5). */
  owned: ReadonlyMap<number, SlotType>;
  /** A side trace's snapshot that links to its parent's top (`LINK_TOP`), or -1. */
  link: number;
  /** Where other traces of its tree may go on: the loop heads it passes (requirement 7). */
  heads: LoopHead[];
  /** The calls its root inlined: their frames have native slots (`jit/frames.ts` layout). */
  frames: readonly InlinedFrame[];
  /** The native stack depth it starts at: a side trace inside calls starts in a callee's stack. */
  entryDepth: number;
  /** The native frame's size in slots, and where its cursors start (requirement 1). */
  slots: number;
  cursorBase: number;
}

/**
 * A loop head a trace passes, as a place other traces of its tree may jump
 * to (requirement 7): instruction `instr` begins the loop head at `pc`
 * with stack depth `sp`, where a snapshot would rebuild the slots as
 * `slots` say.
 */
export interface LoopHead {
  pc: number;
  sp: number;
  instr: number;
  slots: SlotRestore[];
}

class Reject {
  constructor(readonly reason: Reason, readonly pc: number) {}
}

/** The types a native slot holds: scalars, and lists and tuples as their headers' addresses. */
function isNativeType(t: SlotType | undefined): boolean {
  return t === "int" || t === "float" || t === "bool" || isSeqKind(t);
}
const isNative = (v: AbsValue | undefined) => v !== undefined && isNativeType(v.type);

const f64Scratch = new Float64Array(1);
const i64Scratch = new BigInt64Array(f64Scratch.buffer);

/** The 64 bits a constant has in a native slot; zero for one with no native form. */
function bitsOf(v: PyObject | undefined, pc: number): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") {
    if (BigInt.asIntN(64, v) !== v) throw new Reject("BIG_CONSTANT", pc);
    return v;
  }
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (v instanceof PyFloat) {
    f64Scratch[0] = v.value;
    return i64Scratch[0];
  }
  return 0n;
}

/**
 * Lowers `trace` for range step `step` (any nonzero value when only
 * checking). With `inherit`, `trace` is a side trace (`jit/side_traces.ts`)
 * entered at an exit of its parent on the parent's native frame: `inherit`
 * is that exit's snapshot, which says how each slot it starts with is
 * rebuilt, and the trace need not loop.
 */
function lower(
  trace: Trace,
  step: bigint,
  inherit: readonly SlotRestore[] | null = null,
  carry: Carry = new Map(),
  root: Lowered | null = null,
): Lowered | Reject {
  const last = trace.ops[trace.ops.length - 1];
  if (inherit === null && (last === undefined || last.uop !== "_JUMP_TO_TOP")) {
    return new Reject("NOT_CLOSED", last?.pc ?? trace.start);
  }
  // The native stack keeps its top in a register over at least one slot (stencils/jit.h,
  // rule 6): the loop frame's locals lie below it, so there must be one.
  if (trace.code.co_nlocalsplus === 0) return new Reject("NOT_NATIVE", trace.start);
  // Typed as native code computes: `x ** 0.5` is a float there, or an exit.
  const a = analyze(trace, true);
  if (a === null) return new Reject("NOT_NATIVE", trace.start);
  try {
    const lowering = new Lowering(trace, a.states, a.head, step, inherit, carry, root);
    lowering.callers.push(...a.entryCallers ?? []);
    return lowering.run();
  } catch (e) {
    if (e instanceof Reject) return e;
    throw e;
  }
}

class Lowering {
  readonly body: NativeInstr[] = [];
  /** Indices in `body` whose `exit` is a snapshot id, to point at its stub. */
  readonly exiting: number[] = [];
  readonly snapshots: Snapshot[] = [];
  readonly written = new Set<number>();
  readonly exitUops: string[] = [];
  /** Native slot of the first range cursor (requirement 1). */
  readonly cursorBase: number;
  /** The native frame's size: cursors past it do not exist. */
  readonly slots: number;
  /** The calls whose frames have native slots: the root's. */
  readonly frames: readonly InlinedFrame[];
  iterSlot = -1;
  /** The slot of the list or tuple iterator `_ITER_NEXT_*` steps, or -1. */
  seqIterSlot = -1;
  /** Where each op's instructions start in `body`, for a loop's jump. */
  readonly opStart: number[] = [];
  /** Instructions other code jumps to (the loop's top, loop heads): no peephole folds across. */
  readonly barriers = new Set<number>();
  readonly heads: LoopHead[] = [];
  /** The steps of range iterators this trace made (`_RANGE_ITER_NEW`), by slot. */
  readonly virtualSteps = new Map<number, bigint>();
  link = -1;
  pc = 0;
  /** Inlined calls (`jit/frames.ts`): their native slots, the frame of the op being lowered. */
  readonly layout: FrameLayout;
  frame = -1;
  /** The states of the callers of the current frame at their `_PUSH_FRAME`, outermost first. */
  readonly callers: AbsValue[][] = [];

  constructor(
    readonly trace: Trace,
    readonly states: AbsValue[][],
    readonly head: AbsValue[],
    readonly step: bigint,
    readonly inherit: readonly SlotRestore[] | null,
    readonly carry: Carry,
    root: Lowered | null,
  ) {
    // Requirement 1: a side trace runs on its root's native frame, callees and cursors included.
    this.frames = root?.frames ?? trace.frames ?? [];
    this.layout = layoutFrames(this.frames, codeInfo(trace.code).size, SCRATCH);
    this.cursorBase = root?.cursorBase ?? this.layout.end;
    this.slots = root?.slots ?? this.cursorBase + 3 * trace.entrySp;
  }

  /** A root's native slots for the range iterator at slot `j`'s next value and stop. */
  cursorOf(j: number): number {
    const at = this.cursorBase + 3 * j;
    if (at + 3 > this.slots) throw new Reject("NOT_NATIVE", this.pc);
    return at;
  }

  /** How a root rebuilds a range iterator at slot `j` it steps or carries. */
  rangeRestore(j: number, step: bigint): SlotRestore {
    return { kind: "range_iter", cursor: this.cursorOf(j), step };
  }

  /** The cursor and step of the range iterator at slot `j` (requirement 1). */
  rangeAt(j: number): { cursor: number; step: bigint } {
    const made = this.virtualSteps.get(j);
    if (made !== undefined) return { cursor: this.cursorOf(j), step: made };
    if (this.inherit === null) return { cursor: this.cursorOf(j), step: this.step };
    const r = this.inherit[j];
    // A side trace steps an iterator its root carries, at the root's cursor.
    if (r?.kind !== "range_iter") throw new Reject("UNKNOWN_TYPE", this.pc);
    return { cursor: r.cursor, step: r.step };
  }

  /**
   * The cursor of the list or tuple iterator at slot `j` (its type proven):
   * a root's, unboxed on entry, or made by `_GET_ITER_SEQ`, or inherited,
   * always at the root's `cursorOf(j)`.
   */
  seqIterAt(j: number): number {
    return this.cursorOf(j);
  }

  /** An exit inside an inlined callee: snapshots of every frame there. */
  inlinedSnapshot(pc: number, sp: number, uop: string, start: AbsValue[]): number {
    return inlinedSnapshot(this, pc, sp, uop, start);
  }

  fail(reason: Reason): never {
    throw new Reject(reason, this.pc);
  }

  /** The native slot of slot `j` of the frame being lowered. */
  nat(j: number): number {
    return this.layout.slot(this.frame, j);
  }

  run(): Lowered {
    const { trace, states } = this;
    // A side trace runs in its root's native frame, which has room for the root's callees only.
    if ((trace.frames ?? []).some((f, k) => f !== this.frames[k])) {
      throw new Reject("SIDE_INLINED", trace.start);
    }
    const used = new Set<number>();
    for (const op of trace.ops) {
      // Callee slots are never live-in: their frames do not exist at entry.
      if (op.frame !== undefined) continue;
      if (op.uop === "_STORE_FAST") this.written.add(op.oparg);
      if (op.uop === "_STORE_FAST" || op.uop === "_LOAD_FAST" || op.uop === "_LOAD_FAST_CHECK") {
        used.add(op.oparg);
      }
    }
    trace.ops.forEach((op, i) => {
      const range = op.uop === "_FOR_ITER_RANGE";
      const seqIter = op.uop === "_FOR_ITER_LIST" || op.uop === "_FOR_ITER_TUPLE" ||
        op.uop === "_FOR_ITER_ENUMERATE";
      if ((range || seqIter) && !this.inherit) {
        if (op.frame !== undefined) throw new Reject("NOT_NATIVE", op.pc);
        const slot = states[i].length - 1;
        const at = range ? this.iterSlot : this.seqIterSlot;
        if (at >= 0 && at !== slot) throw new Reject("NOT_NATIVE", op.pc);
        if (range) this.iterSlot = slot;
        else this.seqIterSlot = slot;
      }
    });
    let start: AbsValue[] = states[0];
    const loop = trace.ops.find((o) => o.uop === "_JUMP_TO_TOP")?.target ?? 0;
    trace.ops.forEach((op, i) => {
      this.opStart[i] = this.body.length;
      // Nothing folds across the loop's top: it is a jump target.
      if (i === loop) this.barriers.add(this.body.length);
      const prev = trace.ops[i - 1];
      // An instruction is one frame's: a callee's units can equal its caller's.
      if (i === 0 || op.pc !== prev.pc || op.frame !== prev.frame) {
        start = states[i];
        if (op.frame === undefined && loopHeads(trace.code).has(op.pc)) this.loopHead(op, start);
      }
      this.pc = op.pc;
      this.frame = op.frame ?? -1;
      this.op(
        i,
        op.uop,
        op.oparg,
        op.operand,
        states[i],
        () =>
          this.frame < 0
            ? this.snapshot(op.pc, op.sp, op.uop, start)
            : this.inlinedSnapshot(op.pc, op.sp, op.uop, start),
      );
      if (op.uop === "_PUSH_FRAME") this.callers.push(states[i]);
      if (op.uop === "_POP_FRAME") this.callers.pop();
    });
    // Requirement 3: every local native code touches is unboxed on entry, so
    // that an exit before its first store in an iteration still finds it.
    const entries: EntrySlot[] = [];
    // A side trace unboxes nothing: it starts on the native slots its parent left.
    for (const k of this.inherit !== null ? [] : [...used].sort((x, y) => x - y)) {
      const t = this.head[k]?.type;
      const c = this.carry.get(k);
      if (
        t === undefined || !isNativeType(t) || k >= trace.entrySp ||
        (c !== undefined && c !== t)
      ) {
        const at = trace.ops.find((o) => o.oparg === k && o.uop.includes("_FAST"));
        throw new Reject("UNKNOWN_TYPE", at?.pc ?? trace.start);
      }
      entries.push(entryOf(k, t)!);
    }
    if (this.iterSlot >= 0) {
      if (this.head[this.iterSlot]?.type !== "range_iter" || this.carry.has(this.iterSlot)) {
        throw new Reject("UNKNOWN_TYPE", trace.start);
      }
      entries.push({ slot: this.iterSlot, kind: "range_iter", ...this.rangeAt(this.iterSlot) });
    }
    const seqIter = this.seqIterSlot;
    if (seqIter >= 0) {
      const t = this.head[seqIter]?.type;
      if (!isIterKind(t) || this.carry.has(seqIter)) throw new Reject("UNKNOWN_TYPE", trace.start);
      entries.push(entryOf(seqIter, t, this.cursorOf(seqIter))!);
    }
    const owned = new Map<number, SlotType>();
    if (this.inherit === null) {
      for (const [k, c] of this.carry) {
        if (k >= trace.entrySp) throw new Reject("UNKNOWN_TYPE", trace.start);
        // A carried slot the trace uses is unboxed already, as the same kind (checked above).
        if (used.has(k)) continue;
        entries.push(
          typeof c === "string"
            ? entryOf(k, c, this.cursorOf(k))!
            : { slot: k, kind: "range_iter", cursor: this.cursorOf(k), step: c.step },
        );
      }
      for (const e of entries) {
        const k = e.slot;
        if (
          k === this.iterSlot || k === seqIter || this.written.has(k) || this.carry.has(k)
        ) owned.set(k, entryType(e));
      }
    }
    const instrs = this.body.slice();
    for (const k of this.exiting) {
      instrs[k] = { ...instrs[k], exit: this.body.length + instrs[k].exit };
    }
    this.snapshots.forEach((_, id) => instrs.push(instr("_EXIT_TRACE", { operand0: BigInt(id) })));
    return {
      instrs,
      snapshots: this.snapshots,
      exitUops: this.exitUops,
      entries,
      slots: this.slots,
      cursorBase: this.cursorBase,
      iterSlot: this.iterSlot,
      owned,
      link: this.link,
      heads: this.heads,
      frames: this.frames,
      entryDepth: this.entryDepth(),
    };
  }

  /** The native stack depth at the first instruction (requirement 1: callees' stacks follow). */
  entryDepth(): number {
    const inside = this.trace.inside;
    if (inside === undefined || inside.length === 0) return this.trace.entrySp;
    const last = inside[inside.length - 1];
    return this.layout.slot(last.frame, last.slots.length);
  }

  /** Records the loop head `op` begins, if an exit there could rebuild every slot. */
  loopHead(op: TraceOp, start: AbsValue[]): void {
    let slots: SlotRestore[];
    try {
      slots = this.restores(op.sp, start);
    } catch (e) {
      if (e instanceof Reject) return;
      throw e;
    }
    this.barriers.add(this.body.length);
    this.heads.push({ pc: op.pc, sp: op.sp, instr: this.body.length, slots });
  }

  /** The snapshot of an exit at `pc` with depth `sp`, from the state where its instruction began. */
  snapshot(pc: number, sp: number, uop: string, start: AbsValue[]): number {
    const slots = this.restores(sp, start);
    const code = this.trace.code;
    const label = `${code.co_qualname}:${code.lineAt(pc)} ${pc} ${uop}`;
    this.exitUops.push(uop);
    return this.snapshots.push({ pc, sp, slots, label }) - 1;
  }

  /** How an exit rebuilds slots `0 .. sp)` from the state `start` where its instruction began. */
  restores(sp: number, start: AbsValue[]): SlotRestore[] {
    const slots: SlotRestore[] = [];
    for (let j = 0; j < sp; j++) {
      if (this.inherit !== null) {
        // A side trace: a slot still holding what it started with is rebuilt as its parent's.
        if (j < this.trace.entrySp && start[j] === this.head[j]) {
          slots.push(this.inherit[j]);
          continue;
        }
      } else if (j < this.trace.entrySp && !this.written.has(j)) {
        const c = this.carry.get(j);
        slots.push(
          j === this.iterSlot
            ? this.rangeRestore(j, this.step)
            : j === this.seqIterSlot
            ? restoreOf(this.head[j].type, this.cursorOf(j))!
            : c === undefined
            ? { kind: "unchanged" }
            : typeof c === "string"
            ? restoreOf(c, this.cursorOf(j))!
            : this.rangeRestore(j, c.step),
        );
        continue;
      }
      const v = start[j];
      if (v?.known) slots.push({ kind: "const", value: v.value });
      else if (isNative(v)) slots.push(restoreOf(v.type)!);
      // An iterator `_GET_ITER_SEQ` or `_RANGE_ITER_NEW` made: the exit makes its object.
      else if (isIterKind(v?.type)) slots.push(restoreOf(v.type, this.seqIterAt(j))!);
      else if (v?.type === "range_iter" && this.virtualSteps.has(j)) {
        slots.push(this.rangeRestore(j, this.virtualSteps.get(j)!));
      } else throw new Reject("UNKNOWN_TYPE", this.pc);
    }
    return slots;
  }

  emit(uop: string, fields: Partial<Omit<NativeInstr, "uop">> = {}): void {
    this.body.push(this.operandVariant(uop, fields));
  }

  emitExiting(
    uop: string,
    exit: () => number,
    fields: Partial<Omit<NativeInstr, "uop">> = {},
  ): void {
    const made = this.operandVariant(uop, { ...fields, exit: exit() });
    this.exiting.push(this.body.length);
    this.body.push(made);
  }

  /**
   * `uop`, or its `_CONST` (`_FAST`) variant when its right operand is the
   * constant (the local) the last instruction pushed: that push goes, and
   * the constant (the local's slot) becomes operand1 (stencils/jit.h, rule
   * 7); its `_LOCALS` variant when both operands are locals pushed just
   * before it; or its `_KEEP` (`_ROT`) variant when the two instructions before it
   * are the stack shuffles that variant makes.
   */
  operandVariant(uop: string, fields: Partial<Omit<NativeInstr, "uop">>): NativeInstr {
    const k = this.body.length - 1;
    const last = this.body[k];
    // Folding body[from..k] puts the variant at `from`: a jump target there
    // finds it and does all the folded instructions did, one after is lost.
    const foldable = (from: number) => {
      for (let j = from + 1; j <= k + 1; j++) if (this.barriers.has(j)) return false;
      return from >= 0;
    };
    const shuffle = SHUFFLES.find((v) => v.uops.has(uop));
    if (shuffle !== undefined && foldable(k - 1)) {
      const shown = this.body.slice(k - 1).map((o) => `${o.uop} ${o.oparg}`);
      if (shown.every((u, j) => u === shuffle.before[j])) {
        this.body.length = k - 1;
        return instr(`${uop}_${shuffle.kind}`, fields);
      }
    }
    if (!foldable(k)) return instr(uop, fields);
    if (last.uop === "_LOAD_CONST_INLINE" && CONST_OPERAND.has(uop)) {
      this.body.pop();
      return instr(uop + "_CONST", { ...fields, operand1: last.operand0 });
    }
    // A local read just for this: the variant reads its slot, and pushes it only to exit.
    if (last.uop === "_LOAD_FAST" && FAST_OPERAND.has(uop)) {
      const left = this.body[k - 1];
      if (left?.uop === "_LOAD_FAST" && LOCALS_OPERAND.has(uop) && foldable(k - 1)) {
        this.body.length = k - 1;
        return instr(uop + "_LOCALS", { ...fields, operand1: localSlots(left.oparg, last.oparg) });
      }
      this.body.pop();
      return instr(uop + "_FAST", { ...fields, operand1: BigInt(last.oparg) });
    }
    return instr(uop, fields);
  }

  /**
   * `_STORE_FAST slot`, folded into the arithmetic just before it when that
   * reads only locals and a constant: `x = a op b` becomes
   * `<op>_LOCALS_STORE`, and `x = a op c` (`x += 1`) `<op>_LOCAL_CONST_STORE`,
   * which leave the stack alone. Nothing folds across a jump target.
   */
  emitStore(slot: number): void {
    const k = this.body.length - 1;
    const last = this.body[k];
    const m = /^(_\w+?)_(LOCALS|CONST)$/.exec(last?.uop ?? "");
    if (m !== null && STORE_OPERAND.has(m[1]) && !this.barriers.has(k + 1)) {
      if (m[2] === "LOCALS") {
        this.body[k] = { ...last, uop: `${m[1]}_LOCALS_STORE`, oparg: slot };
        return;
      }
      const left = this.body[k - 1];
      if (left?.uop === "_LOAD_FAST" && !this.barriers.has(k)) {
        this.body.splice(k - 1, 2, {
          ...last,
          uop: `${m[1]}_LOCAL_CONST_STORE`,
          oparg: left.oparg * 2 ** 32 + slot,
        });
        // Its exit, if it has one, moves with it.
        const e = this.exiting.indexOf(k);
        if (e >= 0) this.exiting[e] = k - 1;
        return;
      }
    }
    this.body.push(instr("_STORE_FAST", { oparg: slot }));
  }

  types(s: AbsValue[], n: number): SlotType[] {
    return s.slice(s.length - n).map((v) => v.type);
  }

  need(ok: boolean, s: AbsValue[], n: number): void {
    if (ok) return;
    const known = this.types(s, n).every((t) => t !== "object" && t !== "null");
    throw new Reject(known ? "NOT_NATIVE" : "UNKNOWN_TYPE", this.pc);
  }

  op(
    i: number,
    uop: string,
    oparg: number,
    operand: unknown,
    s: AbsValue[],
    exit: () => number,
  ): void {
    const d = s.length;
    const top = s[d - 1];
    switch (uop) {
      case "_LOAD_FAST":
      case "_LOAD_FAST_CHECK": {
        const v = s[oparg];
        // An inlined callee's unbound local: tier 1 raises UnboundLocalError there.
        if (v?.type === "null") throw new Reject("NOT_NATIVE", this.pc);
        if (isNative(v)) return this.emit("_LOAD_FAST", { oparg: this.nat(oparg) });
        if (v?.known) {
          return this.emit("_LOAD_CONST_INLINE", { operand0: bitsOf(v.value, this.pc) });
        }
        throw new Reject("UNKNOWN_TYPE", this.pc);
      }
      case "_STORE_FAST":
        return this.emitStore(this.nat(oparg));
      case "_POP_TOP":
        return this.emit("_POP_TOP");
      case "_COPY":
        return this.emit(uop, { oparg });
      case "_SWAP":
        // Below a root's loop stack a slot is rebuilt as "unchanged": native code must not move
        // it. A side trace rebuilds by value identity (`snapshot`), which a move keeps honest.
        if (this.inherit === null && this.frame < 0 && d - oparg < this.trace.entrySp) {
          throw new Reject("NOT_NATIVE", this.pc);
        }
        return this.emit(uop, { oparg });
      case "_PUSH_NULL":
        return this.emit("_LOAD_CONST_INLINE");
      case "_LOAD_CONST":
      case "_LOAD_CONST_INLINE":
        return this.emit("_LOAD_CONST_INLINE", { operand0: bitsOf(operand as PyObject, this.pc) });
      case "_LOAD_GLOBAL_MODULE":
      case "_LOAD_GLOBAL_BUILTIN": {
        const value = (operand as { value: PyObject }).value;
        return this.emit("_LOAD_CONST_INLINE", { operand0: bitsOf(value, this.pc) });
      }
      case "_LOAD_ATTR_MODULE": {
        const after = this.states[i + 1]?.[d - 1];
        const owner = top?.value;
        const tag = (operand as { tag: number }).tag;
        const known = top?.known && owner instanceof PyModule &&
          (owner.dict as PyDict).table.keysTag === tag && after?.known;
        if (!known) throw new Reject("UNKNOWN_TYPE", this.pc);
        this.emit("_POP_TOP");
        return this.emit("_LOAD_CONST_INLINE", { operand0: bitsOf(after!.value, this.pc) });
      }
      case "_GUARD_BOTH_INT":
        return this.need(top?.type === "int" && s[d - 2]?.type === "int", s, 2);
      case "_GUARD_BOTH_FLOAT":
        return this.need(top?.type === "float" && s[d - 2]?.type === "float", s, 2);
      case "_GUARD_TOS_INT":
        return this.need(top?.type === "int", s, 1);
      case "_GUARD_NOS_INT":
        return this.need(s[d - 2]?.type === "int", s, 2);
      case "_GUARD_TOS_FLOAT":
        return this.need(top?.type === "float", s, 1);
      case "_GUARD_NOS_FLOAT":
        return this.need(s[d - 2]?.type === "float", s, 2);
      case "_ITER_CHECK_RANGE":
        return this.need(top?.type === "range_iter", s, 1);
      case "_BINARY_OP":
        return lowerBinary(this, plainNb(oparg), s, exit);
      case "_BINARY_OP_EXTEND": {
        const ext = extensionOp((operand as { kind: number }).kind);
        if (ext === null) throw new Reject("NOT_NATIVE", this.pc);
        return lowerBinary(this, ext[0], s, exit);
      }
      case "_COMPARE_OP":
      case "_COMPARE_OP_INT":
      case "_COMPARE_OP_FLOAT":
        return lowerCompare(this, oparg, s);
      case "_TO_BOOL":
      case "_TO_BOOL_BOOL":
      case "_TO_BOOL_INT":
      case "_TO_BOOL_FLOAT":
        return lowerToBool(this, s);
      case "_UNARY_NOT":
        lowerToBool(this, s);
        return this.emit("_UNARY_NOT");
      case "_UNARY_NEGATIVE":
        if (top?.type === "int" || top?.type === "bool") {
          return this.emitExiting("_UNARY_NEGATIVE_INT", exit);
        }
        this.need(top?.type === "float", s, 1);
        return this.emit("_UNARY_NEGATIVE_FLOAT");
      case "_UNARY_INVERT":
        this.need(top?.type === "int" || top?.type === "bool", s, 1);
        return this.emit("_UNARY_INVERT_INT");
      case "_GUARD_IS_TRUE_POP":
      case "_GUARD_IS_FALSE_POP":
        this.need(top?.type === "bool", s, 1);
        if (fuseCompare(this, uop === "_GUARD_IS_TRUE_POP", exit)) return;
        return this.emitExiting(uop, exit);
      case "_FOR_ITER_RANGE": {
        this.need(top?.type === "range_iter", s, 1);
        const { cursor, step } = this.rangeAt(d - 1);
        return this.emitExiting("_FOR_ITER_RANGE", exit, { oparg: cursor, operand0: step });
      }
      case "_CALL_BUILTIN_FAST":
        return lowerMathCall(this, oparg, operand, s, exit);
      case "_JUMP_TO_TOP":
        // A root's loop starts at its top; a side trace's own loop where its head op began.
        return this.emit("_JUMP_TO_TOP", { target: this.opStart[this.trace.ops[i].target] });
      case "_CHECK_FUNCTION_VERSION":
      case "_PUSH_FRAME":
      case "_POP_FRAME":
        return lowerFrameOp(this, uop, oparg, operand as InlinedFrame, s);
      case "_EXIT_TRACE": {
        if (this.inherit === null) throw new Reject("NOT_CLOSED", this.pc);
        // A side trace's end always leaves, by the snapshot its dispatcher may link on.
        const id = exit();
        if (operand === LINK_TOP) this.link = id;
        return this.emit("_EXIT_TRACE", { operand0: BigInt(id) });
      }
    }
    if (lowerSeqOp(this, i, uop, oparg, operand, s, exit)) return;
    const arith = /^_BINARY_OP_(ADD|SUBTRACT|MULTIPLY)_(INT|FLOAT)$/.exec(uop);
    if (arith !== null) {
      const nb = arith[1] === "ADD" ? NB_ADD : arith[1] === "SUBTRACT" ? NB_SUBTRACT : NB_MULTIPLY;
      return lowerBinary(this, nb, s, exit);
    }
    throw new Reject("NOT_NATIVE", this.pc);
  }
}

/**
 * Lowers a root trace for range step `step` with the slots it carries
 * (requirement 5), or says why it cannot be.
 */
export function lowerRoot(trace: Trace, step: bigint, carry?: Carry): Lowered | Rejection {
  // A Reject is a Rejection: its reason and the unit where it happened.
  return lower(trace, step, null, carry);
}

/**
 * Lowers a side trace for its parent's native frame (`jit/side_traces.ts`):
 * `inherit` is the snapshot of the exit it starts at.
 */
export function lowerSide(
  trace: Trace,
  inherit: readonly SlotRestore[],
  root: Lowered,
): Lowered | Rejection {
  return lower(trace, 1n, inherit, new Map(), root);
}
