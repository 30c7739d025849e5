/**
 * Side traces: when one exit of an executor is taken often (a branch that
 * goes the other way a third of the time), the path from that exit to the
 * loop's back edge becomes a trace of its own, run in the same executor
 * without returning to tier 1 (CPython 3.13 `_COLD_EXIT`, LuaJIT side
 * traces).
 *
 * Requirements (read before changing the dispatch):
 * 1. A side trace starts at its exit's `pc` and `sp` with the frame that
 *    exit restores, and ends at the loop's JUMP_BACKWARD to the head of its
 *    root (`_EXIT_TRACE` with `LINK_TOP`: the root goes on from its top) or
 *    where projection stops (a plain exit to tier 1). Only branch-guard exits
 *    get one: the other exits (an exhausted iterator, an overflow, a failed
 *    type guard) would fail the same way again in a side trace.
 * 2. In `uops` mode traces link through the executor: the exit hook of
 *    `UopExecutor` runs the side trace on the frame and says whether the
 *    parent goes on from its top. In `jit` mode they link natively: a
 *    linked exit's stub jumps into the next trace's code on the same native
 *    frame, with nothing boxed between them (`ExitLinks`), until an exit
 *    with no trace after it returns its trace's index and exit id. Every
 *    trace of a tree is freed together, so no link outlives its target.
 * 3. In `jit` mode a side trace is lowered with its parent's frame layout and
 *    starts on the native slots the exit left: its entry types are those the
 *    exit's snapshot proves (not the live frame's), so no check is needed when
 *    it is entered. A link back to the root is only made when the slots at
 *    the link are what the root's entry expects and what its exits rebuild
 *    (`linksToRoot`); otherwise the side trace exits to tier 1 at the jump.
 * 4. Everything a side trace folded in becomes a dependency of its root, so
 *    a change invalidates the root and frees all its side traces with it.
 * 5. (`jit/lower_native.ts` requirement 5: roots carry what side traces work on.)
 * 6. A side trace that ends at the back edge of a loop it started inside
 *    jumps to that loop's head where a trace of its tree passes it
 *    (`LoopHead`), when the slots at its end are what that trace's exits
 *    rebuild there, slot for slot (`sameRestore`): the code after the head
 *    then means the same whichever way it was reached. A loop end made
 *    before any trace passes its head is linked when one does.
 * 7. An exit inside calls the root inlined grows a side trace that starts
 *    in the innermost callee, with the frames the exit's snapshot rebuilds
 *    (`Trace.inside`): it runs on the callees' native slots, and may return
 *    to the loop frame and link back to the root. It inlines no call of its
 *    own: only the root's callees have native slots.
 *
 * @module
 */
import type { Frame } from "../vm/frame.ts";
import type { PyObject } from "../vm/object.ts";
import type { Vm } from "../vm/vm.ts";
import type { NativeBackend } from "../ffi/native_backend.ts";
import { backEdgeTarget, projectTrace } from "./trace.ts";
import { calleeHolds, isIterKind, isRejection, iterKind, seqKind, slotType } from "./trace_ir.ts";
import { optimize } from "./optimizer.ts";
import { UopExecutor } from "./uop_interp.ts";
import { type Carried, type Lowered, lowerSide } from "./lower_native.ts";
import { NativeExecutor } from "./native_executor.ts";
import { compileTrace, ExitLinks, type NativeTrace } from "./native_trace.ts";
import { stencilTable } from "./stencil_table.ts";
import { entryType, nativeKind, type SlotRestore, type Snapshot } from "./exits.ts";
import type { RangeIterator } from "../vm/range.ts";
import type { Reason } from "./reasons.ts";
import type { Tier2Stats } from "./stats.ts";
import type { ShownTrace } from "./dump.ts";
import {
  type EntryFrame,
  type InlinedFrame,
  LINK_TOP,
  type SlotType,
  type Trace,
  type TraceExecutor,
} from "./trace_ir.ts";
import { type InlinedSnapshot, isInlinedSnapshot } from "./frames.ts";

/** Times an exit is taken before a side trace is made from it (`--stress`: 1). */
export const SIDE_THRESHOLD = 32;
/** Side traces of side traces, at most this deep. */
export const MAX_SIDE_DEPTH = 6;
/** Side traces per root executor. */
export const MAX_SIDE_TRACES = 32;

/** The exits side traces grow from: branches, and loops ending (requirement 1). */
const BRANCH_GUARDS: ReadonlySet<string> = new Set([
  "_GUARD_IS_TRUE_POP",
  "_GUARD_IS_FALSE_POP",
  "_GUARD_IS_NONE_POP",
  "_GUARD_IS_NOT_NONE_POP",
  "_FOR_ITER_RANGE",
  "_FOR_ITER_LIST",
  "_FOR_ITER_TUPLE",
  "_FOR_ITER_ENUMERATE",
]);

/** What the side traces of an executor are made with. */
export interface SideOptions {
  backend: NativeBackend | null;
  stats: Tier2Stats | null;
  /** Exits taken before a side trace is made. */
  threshold: number;
  /** Receives each side trace made, for `--jit-dump`. */
  onInstall?: ((shown: ShownTrace) => void) | null;
}

/** Side traces made for one root, against `MAX_SIDE_TRACES`. */
interface Budget {
  made: number;
}

/** Gives a freshly installed executor its side-trace dispatch (requirement 2). */
export function attachSides(executor: TraceExecutor, options: SideOptions): void {
  if (executor instanceof UopExecutor) {
    executor.side = new UopSides(executor, executor.trace, options, { made: 0 }, 0);
  } else if (executor instanceof NativeExecutor && options.backend !== null) {
    executor.sides = new NativeSides(executor, options);
  }
}

function rejectSide(options: SideOptions, reason: Reason): null {
  const s = options.stats;
  if (s !== null) s.sideRejected.set(reason, (s.sideRejected.get(reason) ?? 0) + 1);
  return null;
}

/** The side trace of an exit, projected from the frame that exit left (requirement 1). */
function projectSide(
  frame: Frame,
  root: Trace,
  options: SideOptions,
  budget: Budget,
  depth: number,
  types?: SlotType[],
  inside?: Inside,
  consts?: ReadonlyMap<number, PyObject | undefined>,
): Trace | null {
  if (depth > MAX_SIDE_DEPTH || budget.made >= MAX_SIDE_TRACES) {
    return rejectSide(options, "SIDE_LIMIT");
  }
  const projected = projectTrace(frame, root.backedge, undefined, {
    start: inside?.start ?? frame.pc,
    sp: frame.sp,
    head: root.start,
    headSp: root.entrySp,
    types,
    inside,
    consts,
  });
  if (isRejection(projected)) return rejectSide(options, projected.reason as Reason);
  // Callees have native slots only where the root inlined them (requirement 7).
  if ((projected.frames?.length ?? 0) > (inside?.frames.length ?? 0)) {
    return rejectSide(options, "SIDE_INLINED");
  }
  return optimize(projected);
}

/** Where a side trace from an exit inside inlined calls starts (requirement 7). */
interface Inside {
  start: number;
  frames: readonly InlinedFrame[];
  chain: EntryFrame[];
  calleeSp: number;
  live: Frame;
}

/** The callee frames the exit `snap` left, as the root's `frames` number them. */
function insideOf(snap: InlinedSnapshot, frames: readonly InlinedFrame[], live: Frame): Inside {
  const chain = snap.inlined.map((r): EntryFrame => ({
    frame: frames.indexOf(r.frame),
    slots: r.slots.map((x) =>
      x.kind === "const" ? { value: x.value } : { type: x.kind === "seq" ? x.type : x.kind }
    ),
  }));
  const last = snap.inlined[snap.inlined.length - 1];
  return { start: last.pc, frames, chain, calleeSp: last.sp, live };
}

// -- uops mode ----------------------------------------------------------------------

/** The root's own entry checks, for going on from its top after a side trace linked. */
function rootEntryHolds(root: Trace, frame: Frame): boolean {
  for (const d of root.dependencies) {
    if (d.kind === "dict_entry" && d.table.keysTag !== d.tag) return false;
    if (d.kind === "function_code" && !calleeHolds(d.func, d.code, d.defaults)) return false;
  }
  const types = root.entryTypes;
  for (let j = 0; j < types.length; j++) {
    if (types[j] !== "object" && slotType(frame.fast[j]) !== types[j]) return false;
  }
  return true;
}

/** The side traces of one interpreted trace's exits (its `UopExecutor.side`). */
class UopSides {
  /** Set when the owner, a side trace, ended by linking: its parent decides what follows. */
  linked = false;
  readonly #counts = new Map<number, number>();
  /** By op index: the side trace, or null when none will be made. */
  readonly #sides = new Map<number, UopExecutor | null>();

  constructor(
    readonly owner: UopExecutor,
    readonly root: Trace,
    readonly options: SideOptions,
    readonly budget: Budget,
    readonly depth: number,
  ) {}

  exit(vm: Vm, frame: Frame, i: number): 0 | 1 | 2 {
    const op = this.owner.trace.ops[i];
    if (this.depth > 0 && op.uop === "_EXIT_TRACE" && op.operand === LINK_TOP) {
      this.linked = true;
      return 2;
    }
    let side = this.#sides.get(i);
    if (side === undefined) {
      if (!BRANCH_GUARDS.has(op.uop) || op.frame !== undefined) return this.#leave(frame, i);
      const n = (this.#counts.get(i) ?? 0) + 1;
      this.#counts.set(i, n);
      if (n <= this.options.threshold) return this.#leave(frame, i);
      side = this.#make(frame);
      this.#sides.set(i, side);
    }
    if (side === null) return this.#leave(frame, i);
    const sides = side.side as UopSides;
    sides.linked = false;
    side.run(vm, frame);
    if (!side.valid) {
      // Refused at entry, the frame untouched: this exit goes to tier 1 from now on.
      this.#sides.set(i, null);
      rejectSide(this.options, "SIDE_REFUSED");
      return this.#leave(frame, i);
    }
    const stats = this.options.stats;
    if (stats !== null) stats.links++;
    if (!sides.linked) return 2;
    if (this.depth > 0) {
      this.linked = true;
      return 2;
    }
    // The frame is at the back edge: the root goes on from its top if its entry holds,
    // else tier 1 takes the jump and ENTER_EXECUTOR decides.
    if (!rootEntryHolds(this.root, frame)) return 2;
    if (stats !== null) stats.links++;
    return 1;
  }

  /** A real exit; a side trace's own is counted here (it runs without stats of its own). */
  #leave(frame: Frame, i: number): 0 {
    const stats = this.options.stats;
    if (this.depth > 0 && stats !== null) {
      const code = frame.code;
      const op = this.owner.trace.ops[i];
      stats.exit(`${code.co_qualname}:${code.lineAt(op.pc)} @${op.pc} ${op.uop} (side)`);
    }
    return 0;
  }

  #make(frame: Frame): UopExecutor | null {
    const trace = projectSide(frame, this.root, this.options, this.budget, this.depth + 1);
    if (trace === null) return null;
    const side = new UopExecutor(trace, this.owner.jumpArg, null);
    side.side = new UopSides(side, this.root, this.options, this.budget, this.depth + 1);
    this.budget.made++;
    if (this.options.stats !== null) this.options.stats.sideTraces++;
    this.options.onInstall?.({ trace, side: true });
    return side;
  }
}

// -- jit mode -----------------------------------------------------------------------

/** What a native executor asks of its side traces (`NativeExecutor.sides`). */
export interface NativeDispatch {
  /**
   * Runs the root's code on `frame` (its native frame buffer), which links
   * from trace to trace until a real exit; returns that exit's snapshot, to
   * be restored into the boxed frame.
   */
  run(
    code: NativeTrace,
    lowered: Lowered,
    links: ExitLinks,
    frame: Deno.PointerObject,
  ): Snapshot;
  /** Native transfers between the traces of the live tree, counted by their link cells. */
  transfers(): number;
  /** Loop iterations side traces of the live tree ended natively (`NativeSides.headArrivals`). */
  headArrivals(): number;
  /**
   * Tier 1's frame is as the last exit left it: may make that exit a side
   * trace. `inner` is the innermost callee frame an exit inside inlined
   * calls rebuilt (requirement 7).
   */
  taken(frame: Frame, inner?: Frame): void;
  /** Frees every side trace's code; they never run again. */
  free(): void;
}

/** A compiled trace in the dispatch: the root or a side trace. */
interface Node {
  code: NativeTrace;
  lowered: Lowered;
  links: ExitLinks;
  /** By exit id: the trace to call next, null for none ever, undefined for none yet. */
  next: (Node | null | undefined)[];
  counts: Uint32Array;
  depth: number;
  /** Exits linked to a loop head in the tree (requirement 6): each jump there is an iteration. */
  headLinks: number[];
}

function node(code: NativeTrace, lowered: Lowered, links: ExitLinks, depth: number): Node {
  const n = lowered.snapshots.length;
  const next = new Array(n).fill(undefined);
  return { code, lowered, links, next, counts: new Uint32Array(n), depth, headLinks: [] };
}

/** A side trace's exit at a back edge, waiting for a trace that passes the loop's head. */
interface LoopEnd {
  from: Node;
  id: number;
  head: number;
}

/** Whether two restores rebuild a slot alike from the same native slots (requirement 6). */
function sameRestore(a: SlotRestore, b: SlotRestore): boolean {
  switch (a.kind) {
    case "seq":
      return b.kind === a.kind && b.type === a.type;
    case "seq_iter":
      return b.kind === a.kind && b.type === a.type && b.cursor === a.cursor;
    case "range_iter":
      return b.kind === a.kind && b.cursor === a.cursor && b.step === a.step;
    case "const":
      return b.kind === a.kind && b.value === a.value;
    default:
      return b.kind === a.kind;
  }
}

/** The native type of a folded constant, whose bits native code keeps in its slot. */
function constType(value: PyObject | undefined): SlotType {
  return nativeKind(value) ?? "object";
}

/** The type a restore says its native slot holds; undefined for tier 1's own value. */
function restoreType(r: SlotRestore): SlotType | undefined {
  switch (r.kind) {
    case "unchanged":
      return undefined;
    case "const":
      return constType(r.value);
    case "seq":
    case "seq_iter":
      return r.type;
    default:
      return r.kind;
  }
}

/** The types a snapshot proves its native slots hold (requirement 3). */
function inheritedTypes(slots: readonly SlotRestore[], root: Lowered): SlotType[] {
  const kinds = new Map<number, SlotType>();
  for (const e of root.entries) kinds.set(e.slot, entryType(e));
  // An unchanged slot: the root unboxed it on entry and nothing has written it since.
  return slots.map((r, j) => restoreType(r) ?? kinds.get(j) ?? "object");
}

/**
 * Whether the slots at a side trace's link are what the root's code starts
 * from (requirement 3): each slot the root owns (stores, steps or carries)
 * holds, natively, the kind its exits rebuild; every other slot is still
 * tier 1's, since the root's exits rebuild it as "unchanged".
 */
function linksToRoot(link: Snapshot, root: Lowered, entrySp: number): boolean {
  if (link.sp !== entrySp) return false;
  for (let j = 0; j < entrySp; j++) {
    const r = link.slots[j];
    if (restoreType(r) !== root.owned.get(j)) return false;
    // A range iterator the side trace made must step as the root's code was patched to.
    if (r.kind === "range_iter") {
      const e = root.entries.find((e) => e.slot === j);
      if (e?.kind !== "range_iter" || e.step !== r.step) return false;
    }
  }
  return true;
}

/**
 * The slots a side trace works on that its root does not own, with the
 * kinds they have in tier 1's frame now (requirement 5): locals it stores
 * or reads with no native value, and an enclosing loop's range iterator it
 * steps. Slots whose value has no native form are left out; the lowering
 * then rejects the side trace.
 */
function wanted(
  side: Trace,
  types: readonly SlotType[],
  root: Lowered,
  frame: Frame,
  rootSp: number,
): Map<number, Carried> {
  const want = new Map<number, Carried>();
  for (const op of side.ops) {
    if (op.frame !== undefined) continue;
    let j = -1;
    if (op.uop === "_STORE_FAST") {
      if (!root.owned.has(op.oparg)) j = op.oparg;
    } else if (op.uop === "_LOAD_FAST" || op.uop === "_LOAD_FAST_CHECK") {
      if (types[op.oparg] === "object") j = op.oparg;
    } else if (op.uop === "_FOR_ITER_RANGE") {
      if (types[op.sp - 1] !== "range_iter") j = op.sp - 1;
    } else if (
      op.uop === "_FOR_ITER_LIST" || op.uop === "_FOR_ITER_TUPLE" ||
      op.uop === "_FOR_ITER_ENUMERATE"
    ) {
      if (!isIterKind(types[op.sp - 1])) j = op.sp - 1;
    }
    if (j < 0 || j >= rootSp || want.has(j)) continue;
    const x = frame.fast[j];
    const kind = nativeKind(x) ?? seqKind(x) ?? iterKind(x);
    if (kind !== null) want.set(j, kind);
    else if (slotType(x) === "range_iter") want.set(j, { step: BigInt((x as RangeIterator).step) });
  }
  return want;
}

/** The side traces of one native executor, and the loop that links them (requirement 2). */
class NativeSides implements NativeDispatch {
  #root: Node | null = null;
  /** The tree's traces by index (`exitCode`): the root, then its side traces. */
  #nodes: Node[] = [];
  #at: Node | null = null;
  #id = 0;
  /** Loop ends not linked yet (requirement 6). */
  #ends: LoopEnd[] = [];
  readonly #codes: NativeTrace[] = [];
  readonly #budget: Budget = { made: 0 };

  readonly trace: Trace;

  constructor(readonly executor: NativeExecutor, readonly options: SideOptions) {
    this.trace = executor.trace;
    options.stats?.linkCounters.add(this);
  }

  run(
    code: NativeTrace,
    lowered: Lowered,
    links: ExitLinks,
    frame: Deno.PointerObject,
  ): Snapshot {
    if (this.#root === null || this.#root.code !== code) {
      this.#countTransfers();
      this.#root = node(code, lowered, links, 0);
      this.#nodes = [this.#root];
      this.#ends = [];
    }
    const r = code.run(frame);
    const at = this.#nodes[r >>> 16];
    const id = r & 0xffff;
    this.#at = at;
    this.#id = id;
    return at.lowered.snapshots[id];
  }

  /** Adds the tree's native transfers and loop iterations to `--stats` before its cells go. */
  #countTransfers(): void {
    const stats = this.options.stats;
    if (stats !== null) {
      for (const n of this.#nodes) stats.links += n.links.transfers();
      stats.nativeIterations += this.headArrivals();
    }
    this.#nodes = [];
  }

  /**
   * Loop iterations side traces ended natively: by linking back to the
   * root's top, or going round a loop of their own.
   */
  headArrivals(): number {
    let n = 0;
    for (const t of this.#nodes) {
      if (t === this.#root) continue;
      const link = t.lowered.link;
      if (link >= 0 && t.next[link] === this.#root) n += t.links.taken(link);
      for (const id of t.headLinks) n += t.links.taken(id);
      n += t.links.loops();
    }
    return n;
  }

  /** Transfers so far in the live tree, for `--stats` at the end of a run. */
  transfers(): number {
    let n = 0;
    for (const t of this.#nodes) n += t.links.transfers();
    return n;
  }

  taken(frame: Frame, inner?: Frame): void {
    const at = this.#at, id = this.#id;
    if (at === null || at.next[id] !== undefined) return;
    if (!this.#grows(at, id)) {
      at.next[id] = null;
      return;
    }
    if (++at.counts[id] <= this.options.threshold) return;
    at.next[id] = this.#make(frame, at, id, inner);
  }

  #make(frame: Frame, parent: Node, id: number, inner?: Frame): Node | null {
    const root = this.#root!;
    const snap = parent.lowered.snapshots[id];
    const types = inheritedTypes(snap.slots, root.lowered);
    const { options } = this;
    const inside = isInlinedSnapshot(snap) && inner !== undefined
      ? insideOf(snap, this.trace.frames!, inner)
      : undefined;
    const trace = projectSide(
      frame,
      this.trace,
      options,
      this.#budget,
      parent.depth + 1,
      types,
      inside,
      new Map(snap.slots.flatMap((r, j) => (r.kind === "const" ? [[j, r.value]] : []))),
    );
    if (trace === null) return null;
    // Requirement 5: the root is lowered again to own what this side trace works on, and
    // its side traces grow again from the new exits.
    const more = wanted(trace, types, root.lowered, frame, this.trace.entrySp);
    if (more.size > 0 && this.executor.carry(more)) return null;
    const lowered = lowerSide(trace, snap.slots, root.lowered);
    if (isRejection(lowered)) return rejectSide(options, lowered.reason as Reason);
    const t0 = performance.now();
    const backend = options.backend!;
    const links = new ExitLinks(backend, lowered.snapshots.length);
    const index = this.#nodes.length;
    lowered.instrs = links.patch(lowered.instrs, index);
    // Same code object, same slots: the side trace runs on its parent's native frame.
    const code = compileTrace(
      backend,
      stencilTable(backend.arch),
      lowered.instrs,
      lowered.entryDepth,
    );
    this.#codes.push(code);
    const made = node(code, lowered, links, parent.depth + 1);
    options.onInstall?.({ trace, side: true, native: code.native });
    this.#nodes.push(made);
    parent.links.link(id, code.body, lowered.entryDepth);
    for (let k = 0; k < made.next.length; k++) {
      // A side trace's exits other than branches never get traces of their own.
      if (!this.#grows(made, k)) made.next[k] = null;
    }
    if (lowered.link >= 0) {
      const ok = linksToRoot(lowered.snapshots[lowered.link], root.lowered, this.trace.entrySp);
      made.next[lowered.link] = ok ? root : null;
      if (ok) links.link(lowered.link, root.code.body, this.trace.entrySp);
    }
    this.#linkLoopEnds(made);
    // Requirement 4: the root's entry checks what the side trace folded in.
    this.trace.dependencies.push(...trace.dependencies);
    this.#budget.made++;
    const stats = options.stats;
    if (stats !== null) {
      stats.sideTraces++;
      stats.nativeBytes += code.size;
      stats.compileMs += performance.now() - t0;
    }
    return made;
  }

  /**
   * Whether exit `id` of `n` may grow a side trace: a branch's, or a loop end
   * (requirement 6) with no head to link to yet, whose side trace goes round
   * the loop and passes its head.
   */
  #grows(n: Node, id: number): boolean {
    return BRANCH_GUARDS.has(n.lowered.exitUops[id]) || this.#loopEnd(n, id) >= 0;
  }

  /** The head of the loop whose back edge ends `n` at exit `id` (requirement 6), or -1. */
  #loopEnd(n: Node, id: number): number {
    const { snapshots, exitUops, link } = n.lowered;
    if (exitUops[id] !== "_EXIT_TRACE" || id === link) return -1;
    return backEdgeTarget(this.trace.code, snapshots[id].pc);
  }

  /**
   * Requirement 6: the new trace's exits at back edges wait for their loop's
   * head, and every loop end waiting links where a trace passes its head.
   */
  #linkLoopEnds(made: Node): void {
    for (let id = 0; id < made.lowered.snapshots.length; id++) {
      const head = this.#loopEnd(made, id);
      if (head >= 0) this.#ends.push({ from: made, id, head });
    }
    this.#ends = this.#ends.filter((end) => !this.#linkLoopEnd(end));
  }

  #linkLoopEnd({ from, id, head }: LoopEnd): boolean {
    const snap = from.lowered.snapshots[id];
    for (const n of this.#nodes) {
      for (const h of n.lowered.heads) {
        if (
          h.pc === head && h.sp === snap.sp &&
          h.slots.every((r, j) => sameRestore(r, snap.slots[j]))
        ) {
          from.links.link(id, n.code.at(h.instr), h.sp);
          from.next[id] = n;
          from.headLinks.push(id);
          return true;
        }
      }
    }
    return false;
  }

  free(): void {
    this.#countTransfers();
    if (!this.executor.valid) this.options.stats?.linkCounters.delete(this);
    for (const code of this.#codes) code.free();
    this.#codes.length = 0;
    this.#budget.made = 0;
    this.#root = this.#at = null;
  }
}
