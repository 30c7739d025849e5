/**
 * The tier-2 trace: what projection (`jit/trace.ts`) produces from a hot
 * loop's specialized bytecode, what the optimizer (`jit/optimizer.ts`)
 * rewrites, what the uop interpreter (`jit/uop_interp.ts`) runs in `uops`
 * mode, and what native lowering (`jit/lower_native.ts`) turns into
 * stencils in `jit` mode.
 *
 * Requirements (read before changing the shapes):
 * 1. A trace is a straight line of uops from a loop head. It ends with
 *    `_JUMP_TO_TOP` (the loop closed) or `_EXIT_TRACE` (projection stopped:
 *    tier 1 resumes at that op's `pc`). A side trace (`jit/side_traces.ts`)
 *    starts at an exit of its parent instead, and ends with `_EXIT_TRACE`
 *    whose operand is `LINK_TOP` when it reached the loop's back edge: its
 *    parent may go on from its top there, else tier 1 resumes at the jump.
 * 2. Every op carries the bytecode instruction it comes from (`pc`, its
 *    first unit) and the stack depth before that instruction (`sp`, an
 *    absolute index into the frame's `fast` array). An op that leaves the
 *    trace (a failed guard, an overflow, a branch the other way, an
 *    exhausted iterator) resumes tier 1 at exactly `pc` with the stack cut
 *    back to `sp`: it changes nothing before leaving. So among the uops of
 *    one instruction, only the last one may change the frame.
 * 3. Branches are guards: `POP_JUMP_IF_FALSE` becomes `_GUARD_IS_TRUE_POP`
 *    when the trace follows the fall-through side, `_GUARD_IS_FALSE_POP`
 *    when it follows the jump; leaving resumes at the POP_JUMP itself, which
 *    tier 1 then executes the other way.
 * 4. `operand` holds what the uop needs that is not on the stack: a
 *    constant, a cached global's value, a type version, a callable. Its
 *    meaning per uop is in `jit/uops.ts`.
 * 5. Inlined calls (`jit/inline.ts`): between `_PUSH_FRAME` and its
 *    `_POP_FRAME` the ops run in the callee (`depth`, `frame`), with `pc`
 *    and `sp` of the callee's code and frame; an exit there resumes tier 1
 *    in the callee, its callers suspended after their CALLs.
 *
 * @module
 */
import type { CodeObject } from "../vm/code.ts";
import { PyFloat, type PyFunction, PyList, type PyObject, PyTuple, T } from "../vm/object.ts";
import { promote, Strategy, TUPLE, tupleHeader } from "../vm/list_storage.ts";
import { None } from "../vm/abstract.ts";
import type { Frame } from "../vm/frame.ts";
import type { Executor } from "../vm/tier2.ts";
import type { Vm } from "../vm/vm.ts";
import type { NativeInstr } from "./emit.ts";
import type { Arch, StencilTable } from "./stencil_types.ts";

/** One uop of a trace. */
export interface TraceOp {
  /** A row of `jit/uops.ts`. */
  uop: string;
  oparg: number;
  operand: unknown;
  /** First unit of the bytecode instruction it comes from, in `code`. */
  pc: number;
  /** Stack depth (absolute `fast` index) before that instruction. */
  sp: number;
  /** For `_JUMP_TO_TOP`: the index of the op it jumps to (0). */
  target: number;
  /**
   * How many inlined calls deep the op runs (absent or 0: the loop's own
   * frame). `pc` and `sp` are then of that callee's code and frame.
   */
  depth?: number;
  /** The index in `Trace.frames` of the inlined call the op runs in (absent at depth 0). */
  frame?: number;
}

/**
 * One inlined call (`jit/inline.ts`): the callee whose body a stretch of the
 * trace runs, between its `_PUSH_FRAME` and `_POP_FRAME`.
 */
export interface InlinedFrame {
  /** The function, fixed at projection (the call's guard checks it and its code). */
  func: PyFunction;
  code: CodeObject;
  /** 1 for a call made by the loop's frame. */
  depth: number;
  /** The caller's index in `Trace.frames`, or -1 for the loop's frame. */
  parent: number;
  /** The CALL's unit in the caller's code, and the caller's stack depth at its callable. */
  callPc: number;
  base: number;
  /** The unit after the CALL: where the caller continues once the callee returns. */
  resume: number;
  /**
   * Parameters bound at the call: its arguments (with `self` when the call
   * passes one), then `defaults`.
   */
  nargs: number;
  /** The trailing parameters the call leaves out, from `func.__defaults__` at projection. */
  defaults: readonly PyObject[];
}

/** Whether `func` still runs `code`, and still has `defaults` as the tail of its `__defaults__`. */
export function calleeHolds(
  func: { code: CodeObject; defaults: readonly PyObject[] | null },
  code: CodeObject,
  defaults: readonly PyObject[],
): boolean {
  if (func.code !== code) return false;
  if (defaults.length === 0) return true;
  const now = func.defaults;
  if (now === null || now.length < defaults.length) return false;
  const from = now.length - defaults.length;
  for (let j = 0; j < defaults.length; j++) if (now[from + j] !== defaults[j]) return false;
  return true;
}

/** Static types the optimizer and native lowering track per slot. */
export type SlotType =
  /** Nothing known: a boxed object of any type. */
  | "object"
  /** An exact int (boxed: a JS number or bigint). */
  | "int"
  /** An exact float (a PyFloat of class float). */
  | "float"
  /** True or False. */
  | "bool"
  /** A `range` iterator (`vm/range.ts` RangeIterator) over ints. */
  | "range_iter"
  /** A `range` object just made by `_CALL_BUILTIN_CLASS` (its iterator is made next). */
  | "range"
  /**
   * An exact list or tuple with native storage (`vm/list_storage.ts`), by
   * its items: natively, its header's address. Only `jit` mode's projection
   * records these (`nativeSlotType`).
   */
  | SeqKind
  /**
   * A list or tuple iterator (`iter<S>`, S its sequence's kind), or an
   * `enumerate` over one (`enum<S>`): natively, three cursor slots.
   */
  | IterKind
  /**
   * The `(count, item)` tuple FOR_ITER over an `enum<S>` pushes: never made
   * natively, since the UNPACK_SEQUENCE after it takes it apart at once.
   */
  | PairKind
  /** None. */
  | "none"
  /** Slot not holding a value (unbound local, NULL). */
  | "null";

/**
 * The SlotType of a boxed value: what projection records in
 * `Trace.entryTypes`, what the optimizer knows of a constant, and what
 * executors check at entry.
 */
export function slotType(v: PyObject | undefined): SlotType {
  if (v === undefined) return "null";
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "boolean") return "bool";
  if (v === None) return "none";
  if (v instanceof PyFloat && v.cls === T.float) return "float";
  if ((v as { cls?: unknown }).cls === T.range_iterator) return "range_iter";
  return "object";
}

/**
 * The kind of a list or tuple with native storage: `list_int`,
 * `list_float`, `list_bool` (and `tuple_...`), or `list<S>` / `tuple<S>`
 * for nested lists and tuples, S the kind its first item had when it was
 * seen. Native code checks an item's storage wherever it uses it, so S is
 * a guess that only chooses which uops run.
 */
export type SeqKind =
  | `${"list" | "tuple"}_${"int" | "float" | "bool"}`
  | `${"list" | "tuple"}<${string}>`;
/** A list or tuple iterator over a sequence of kind S, or an `enumerate` over such an iterator. */
export type IterKind = `${"iter" | "enum"}<${string}>`;
/** What FOR_ITER pushes over an `enum<S>`: `(count, item)`. */
export type PairKind = `pair<${string}>`;

/** How deep kinds describe nested sequences. */
const MAX_KIND_DEPTH = 3;

/** Whether `t` is a list or tuple with native storage. */
export function isSeqKind(t: SlotType | undefined): t is SeqKind {
  return t !== undefined && (t.startsWith("list") || t.startsWith("tuple"));
}

/** Whether `t` is a list (not a tuple) with native storage. */
export function isListKind(t: SlotType | undefined): t is SeqKind {
  return t !== undefined && t.startsWith("list");
}

/** Whether `t` is a list or tuple iterator, or an `enumerate` over one, that native code steps. */
export function isIterKind(t: SlotType | undefined): t is IterKind {
  return t !== undefined && (t.startsWith("iter<") || t.startsWith("enum<"));
}

/** Whether `t` is an `enumerate` over a list or tuple iterator (`enum<S>`). */
export function isEnumKind(t: SlotType | undefined): t is IterKind {
  return t !== undefined && t.startsWith("enum<");
}

/** Whether `t` is the `(count, item)` FOR_ITER pushes over an `enum<S>`. */
export function isPairKind(t: SlotType | undefined): t is PairKind {
  return t !== undefined && t.startsWith("pair<");
}

/** Whether `t` is a list or tuple iterator of the sort `sort` (not an `enumerate`). */
export function isSeqIterKind(t: SlotType | undefined, sort = ""): t is IterKind {
  return t !== undefined && t.startsWith("iter<" + sort);
}

const ITEM_TYPES = new Map<SeqKind, SlotType>();
const STRATEGY_WORDS = new Map<SeqKind, number>();

/** The type of the items of a sequence kind. */
export function itemType(t: SeqKind): SlotType {
  let item = ITEM_TYPES.get(t);
  if (item === undefined) {
    const m = /^(?:list|tuple)(?:_(int|float|bool)|<(.*)>)$/.exec(t)!;
    item = (m[1] ?? m[2]) as SlotType;
    ITEM_TYPES.set(t, item);
  }
  return item;
}

/** The sequence kind an iterator kind (or the pair an `enum<S>` yields) steps over. */
export function iterated(t: IterKind | PairKind): SeqKind {
  // "iter<", "enum<" and "pair<" are five characters each.
  return t.slice(5, -1) as SeqKind;
}

/** The item strategy of a sequence kind, as uop names spell it (`ITEM_STRATEGIES`). */
export function strategyName(t: SeqKind): "INT" | "FLOAT" | "BOOL" | "NESTED" {
  const item = itemType(t);
  return item === "int" ? "INT" : item === "float" ? "FLOAT" : item === "bool" ? "BOOL" : "NESTED";
}

/** The strategy word a sequence kind's header holds (`vm/list_storage.ts`). */
export function strategyWord(t: SeqKind): number {
  let word = STRATEGY_WORDS.get(t);
  if (word === undefined) {
    word = (["INT", "FLOAT", "BOOL", "NESTED"].indexOf(strategyName(t)) + 1) |
      (t.startsWith("tuple") ? TUPLE : 0);
    STRATEGY_WORDS.set(t, word);
  }
  return word;
}

/**
 * The kind of `v` if it is an exact list or tuple whose items fit a native
 * strategy, giving it native storage if it had none; else null.
 */
export function seqKind(v: PyObject | undefined, depth = 0): SeqKind | null {
  let word: number, first: PyObject | undefined;
  if (v instanceof PyList && v.cls === T.list) {
    const n = promote(v);
    if (n === null) return null;
    word = n.strategy;
    first = n.length > 0 ? n.get(0) : undefined;
  } else if (v instanceof PyTuple && v.cls === T.tuple) {
    word = tupleHeader(v).strategyWord;
    first = v.items[0];
  } else return null;
  const sort = word & TUPLE ? "tuple" : "list";
  switch (word & ~TUPLE) {
    case Strategy.Int:
      return `${sort}_int`;
    case Strategy.Float:
      return `${sort}_float`;
    case Strategy.Bool:
      return `${sort}_bool`;
    case Strategy.Nested: {
      const inner = depth < MAX_KIND_DEPTH && first !== undefined
        ? seqKind(first, depth + 1)
        : null;
      return inner === null ? null : `${sort}<${inner}>`;
    }
    default:
      return null;
  }
}

/** Bound on `count - index` of an `enumerate` native code steps: its counts stay safe integers. */
export const MAX_ENUM_OFFSET = 2 ** 52;

/** Whether an enumerate's count is an int within MAX_ENUM_OFFSET of its iterator's index. */
export function enumCountFits(count: PyObject, index: number): boolean {
  return typeof count === "number" && Math.abs(count - index) <= MAX_ENUM_OFFSET;
}

/**
 * The kind of a list or tuple iterator whose sequence has native storage,
 * or of an exact `enumerate` over one whose count is an int within
 * `MAX_ENUM_OFFSET` of the iterator's index; else null.
 */
export function iterKind(v: PyObject | undefined): IterKind | null {
  let cls = (v as { cls?: unknown } | undefined)?.cls;
  let sort: "iter" | "enum" = "iter";
  if (cls === T.enumerate) {
    const { it, count } = v as unknown as { it: PyObject; count: PyObject };
    cls = (it as { cls?: unknown }).cls;
    if (cls !== T.list_iterator && cls !== T.tuple_iterator) return null;
    if (!enumCountFits(count, (it as unknown as { i: number }).i)) return null;
    v = it;
    sort = "enum";
  }
  if (cls !== T.list_iterator && cls !== T.tuple_iterator) return null;
  const seq = seqKind((v as unknown as { seq: PyObject | null }).seq ?? undefined);
  return seq === null ? null : `${sort}<${seq}>`;
}

/**
 * `slotType`, with exact lists, tuples and their iterators as native code
 * sees them (`jit` mode): a sequence whose items fit a strategy is given
 * native storage and typed by it.
 */
export function nativeSlotType(v: PyObject | undefined): SlotType {
  return seqKind(v) ?? iterKind(v) ?? slotType(v);
}

/** A projected trace. */
export interface Trace {
  /** The code object whose loop this is. */
  code: CodeObject;
  /** First unit of the loop head: where the trace starts. */
  start: number;
  /** Unit of the JUMP_BACKWARD that got hot (it enters the trace). */
  backedge: number;
  /** Stack depth at the loop head (e.g. 1 for a `for` loop's iterator). */
  entrySp: number;
  ops: TraceOp[];
  /**
   * The types of `fast[0 .. entrySp)` seen when the trace was projected:
   * the locals (and the loop's stack) as they were at the backward jump.
   */
  entryTypes: SlotType[];
  /** Slots of `fast[0 .. entrySp)` a side trace starts with known constants (its exit's). */
  entryConsts?: ReadonlyMap<number, PyObject | undefined>;
  /** The values that projection folded in (globals, callables), to invalidate on change. */
  dependencies: Dependency[];
  /** The calls inlined into the trace, in the order they are entered (absent: none). */
  frames?: InlinedFrame[];
  /**
   * A side trace that starts inside inlined calls (`jit/side_traces.ts`
   * requirement 7): the callee frames it starts in, outermost first; its
   * `entrySp` and `entryTypes` are then the loop frame's, at its call.
   */
  inside?: EntryFrame[];
}

/** A callee frame a side trace starts in: its index in `Trace.frames`, and its slots. */
export interface EntryFrame {
  frame: number;
  /** Per slot up to the frame's stack depth: the type it holds, or the constant. */
  slots: ({ type: SlotType } | { value: PyObject | undefined })[];
}

/** Something a trace assumed that can change behind its back. */
export type Dependency =
  /**
   * A dict entry (module globals, builtins, a module's attribute) still
   * holds `value`, and its table's keys version is still `tag` (so the key
   * was not deleted and re-added elsewhere). Checked where a trace is
   * entered; native code folds `value` in as a constant.
   */
  | {
    kind: "dict_entry";
    table: { keysTag: number };
    tag: number;
    entry: { value: unknown };
    value: PyObject;
  }
  /** A type's version tag is still `version`. */
  | { kind: "type_version"; type: { version: number }; version: number }
  /**
   * An inlined function still runs `code` with the `defaults` the call left
   * out (`__code__` and `__defaults__` can be reassigned): `calleeHolds`.
   */
  | {
    kind: "function_code";
    func: { code: CodeObject; defaults: readonly PyObject[] | null };
    code: CodeObject;
    defaults: readonly PyObject[];
  };

/** `_EXIT_TRACE`'s operand when a side trace ends at the back edge: "go on in the parent's top". */
export const LINK_TOP = "link_top";

/** Why a trace was not made or not compiled: a row of `jit/reasons.ts`. */
export interface Rejection {
  reason: string;
  /** The unit where it happened, when there is one. */
  pc?: number;
}

/** Whether a stage's result is a rejection rather than what it makes (a trace, an executor). */
export function isRejection(x: object): x is Rejection {
  return "reason" in x && !("run" in x);
}

/**
 * An installed trace, as `jit/tier2.ts` runs it: by the uop interpreter in
 * `uops` mode, as native code in `jit` mode.
 */
export interface TraceExecutor extends Executor {
  readonly trace: Trace;
  /**
   * Runs the loop from its head (`frame.pc`, `frame.sp`) until the trace
   * leaves; returns the frame tier 1 continues in with `pc` and `sp` set
   * (`vm/tier2.ts`, `Tier2.run`): a callee's frame when it left inside an
   * inlined call, pushed above `frame` as tier 1 would have it. On a Python
   * exception, sets `lasti` to the raising instruction and `sp` to the stack
   * depth there in the frame that raised, makes that frame `vm.frame` (tier
   * 1 unwinds from it), and rethrows.
   */
  run(vm: Vm, frame: Frame): Frame;
  /** Releases what it holds (native code); it never runs again. */
  free(): void;
  /** Its machine code, in `jit` mode (for `--jit-dump`). */
  readonly native?: NativeCode;
}

/** Where a native executor's code is and what it was made of. */
export interface NativeCode {
  readonly arch: Arch;
  readonly table: StencilTable;
  readonly instrs: readonly NativeInstr[];
  /** The shim's oparg: the stack pointer's slot when the first uop runs. */
  readonly entryDepth: number;
  /** Address of the code block (the shim is first). */
  readonly address: bigint;
}
