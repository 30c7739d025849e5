/**
 * Projection: the straight-line trace of a hot loop, read off its quickened
 * bytecode (CPython 3.13 optimizer.c `translate_bytecode_to_trace`). The
 * walk starts at the loop head, follows each branch to the side its history
 * says is hot (leaving a guard for the other), and ends when it jumps back
 * to the head (`_JUMP_TO_TOP`) or meets something tier 2 does not translate
 * (`_EXIT_TRACE`: tier 1 resumes there).
 *
 * Specialized forms become their guards and their action as separate uops,
 * so the optimizer can drop a guard it proves; generic forms become one
 * generic uop, which is right for any operand. The shapes and rules are in
 * `jit/trace_ir.ts`; the uops in `jit/uops.ts`.
 *
 * @module
 */
import type { CodeObject } from "../vm/code.ts";
import { codeInfo, type Frame } from "../vm/frame.ts";
import { cacheSize, Op } from "../vm/opcodes.ts";
import { PyList, type PyObject, type PyTuple, T } from "../vm/object.ts";
import { listLength } from "../vm/list_storage.ts";
import type { ListIterator } from "../vm/list.ts";
import type { RangeIterator } from "../vm/range.ts";
import { PyEnumerate } from "../vm/iterators.ts";
import type { PyDict } from "../vm/dict.ts";
import { PyModule } from "../vm/descriptors.ts";
import { None } from "../vm/abstract.ts";
import type { DictEntry } from "../vm/hashtable.ts";
import type {
  Dependency,
  EntryFrame,
  InlinedFrame,
  Rejection,
  SlotType,
  Trace,
  TraceOp,
} from "./trace_ir.ts";
import { LINK_TOP, nativeSlotType, slotType } from "./trace_ir.ts";
import { ProjectionFrames, type Scope } from "./inline.ts";

const C_POP_JUMP = cacheSize(Op.POP_JUMP_IF_FALSE);
const C_JUMP_BACKWARD = cacheSize(Op.JUMP_BACKWARD);
const C_LOAD_GLOBAL = cacheSize(Op.LOAD_GLOBAL);
/** What a specialized FOR_ITER iterates, as its `_ITER_CHECK_*` and `_ITER_DONE_*` name it. */
const ITERATED: Record<number, string> = {
  [Op.FOR_ITER_RANGE]: "RANGE",
  [Op.FOR_ITER_LIST]: "LIST",
  [Op.FOR_ITER_TUPLE]: "TUPLE",
};

/** What one dict-entry uop reads: the entry live, while its table keeps its keys tag. */
export interface DictEntryOperand {
  kind: "dict_entry";
  table: { keysTag: number };
  tag: number;
  entry: { value: unknown };
  value: PyObject;
}

/** `_LOAD_GLOBAL_BUILTIN`'s operand: the builtin's entry, and the globals that must not shadow it. */
export interface BuiltinOperand extends DictEntryOperand {
  globals: { keysTag: number };
  globalsTag: number;
}

/** `_LOAD_ATTR_MODULE`'s operand: the module dict's keys tag and the entry. */
export interface ModuleAttrOperand {
  tag: number;
  entry: { value: unknown };
}

/** Operands of the instance-attribute uops: tier 1's cached shape(s) and index. */
export interface ShapeOperand {
  shape: unknown;
  after: unknown;
  index: number;
}

/** `_FOR_ITER_RANGE`'s operand when projection saw the iterator: its step (else 0). */
export interface RangeOperand {
  step: number;
}

/**
 * Uops that do no work of their own: guards, exits, jumps and stack
 * shuffles. A trace made only of these is not worth entering.
 */
function isWork(uop: string): boolean {
  if (uop.startsWith("_GUARD_") || uop.startsWith("_ITER_CHECK_")) return false;
  switch (uop) {
    case "_EXIT_TRACE":
    case "_JUMP_TO_TOP":
    case "_LOAD_FAST":
    case "_LOAD_CONST_INLINE":
    case "_PUSH_NULL":
    case "_POP_TOP":
    case "_COPY":
    case "_SWAP":
      return false;
  }
  return true;
}

/** One uop before it gets its instruction's `pc` and `sp`. */
type Part = [uop: string, oparg: number, operand: unknown];

/** The translation of one instruction: its uops, the depth after it, where the walk goes on. */
interface Step {
  parts: Part[];
  /** Stack depth after the instruction (on the followed side). */
  sp: number;
  /** The unit the walk continues at. */
  next: number;
  deps?: Dependency[];
}

/**
 * Where a side trace starts (`jit/side_traces.ts`): at an exit of a parent
 * trace, in mid-loop, with the frame as that exit restores it.
 */
export interface SideStart {
  /** The exit's unit: the side trace's first instruction. */
  start: number;
  /** The stack depth there. */
  sp: number;
  /** The loop head and its depth: a JUMP_BACKWARD there links to the parent's top. */
  head: number;
  headSp: number;
  /** Entry types, when the caller knows them better than the live frame (native snapshots). */
  types?: SlotType[];
  /** Slots the exit rebuilds as constants (native snapshots): the side trace knows them. */
  consts?: ReadonlyMap<number, PyObject | undefined>;
  /**
   * An exit inside inlined calls: the parent's frames, the callee frames the
   * side trace starts in (`start` and `calleeSp` are the innermost's unit and
   * depth, `sp` the loop frame's at its call), and tier 1's innermost frame.
   */
  inside?: { frames: readonly InlinedFrame[]; chain: EntryFrame[]; calleeSp: number; live: Frame };
}

/**
 * Projects the loop whose JUMP_BACKWARD at unit `backedge` of `frame.code`
 * is hot, from its head (`frame.pc`, with `frame.sp`). Returns the trace, or
 * why there is none. With `side`, projects a side trace from that exit
 * instead: it ends by linking (`_EXIT_TRACE` with `LINK_TOP`) when it
 * reaches the loop's back edge, and its first branch follows the value on
 * the stack, the way this iteration goes (the parent's guard just failed).
 * With `lists` (`jit` mode), exact lists are typed by their native storage.
 */
export function projectTrace(
  frame: Frame,
  backedge: number,
  maxOps = 300,
  side?: SideStart,
  lists = false,
): Trace | Rejection {
  const code = frame.code;
  const start = side?.start ?? frame.pc;
  const entrySp = side?.sp ?? frame.sp;
  const head = side?.head ?? start;
  const headSp = side?.headSp ?? entrySp;
  const entryTypes: SlotType[] = [];
  const typeOf = lists ? nativeSlotType : slotType;
  for (let i = 0; i < entrySp; i++) entryTypes.push(side?.types?.[i] ?? typeOf(frame.fast[i]));
  const ops: TraceOp[] = [];
  const dependencies: Dependency[] = [];
  let pc = start;
  let sp = entrySp;
  let prev: Part | null = null;
  // The loop's frame, then the callees inlined into the trace (jit/inline.ts).
  const pf = new ProjectionFrames(frame);
  if (side?.inside !== undefined) {
    pf.resume(side.inside.frames, side.inside.chain.map((e) => e.frame));
    sp = side.inside.calleeSp;
  }
  const stop = (at: number, depth: number): void => {
    const tag = pf.tag();
    ops.push({ uop: "_EXIT_TRACE", oparg: 0, operand: 0, pc: at, sp: depth, target: 0, ...tag });
  };
  for (;;) {
    const unit = pf.code.co_code[pc];
    const op = unit & 0xff;
    const arg = unit >>> 8;
    if (
      pf.depth === 0 && sp === headSp &&
      ((op === Op.JUMP_BACKWARD && pc + 1 + C_JUMP_BACKWARD - arg === head) ||
        // A side trace meets its root's back edge already replaced by ENTER_EXECUTOR,
        // or comes round an enclosing loop to the head itself.
        (side !== undefined && (pc === backedge || (pc === head && ops.length > 0))))
    ) {
      if (side !== undefined) {
        // A side trace links back: the parent goes on from its top (jit/side_traces.ts).
        if (ops.length === 0) return { reason: "TOO_SHORT", pc };
        ops.push({ uop: "_EXIT_TRACE", oparg: 0, operand: LINK_TOP, pc, sp, target: 0 });
        break;
      }
      if (!ops.some((o) => isWork(o.uop))) return { reason: "TOO_SHORT", pc };
      ops.push({ uop: "_JUMP_TO_TOP", oparg: 0, operand: 0, pc, sp, target: 0 });
      break;
    }
    const call = pf.planCall(pc, sp, ops);
    if (call !== null && ops.length + 3 <= maxOps) {
      // The callee's body joins the trace; its return comes back after the CALL.
      const { parts, dep } = pf.callParts(call, arg);
      for (const [uop, oparg, operand] of parts) {
        ops.push({ uop, oparg, operand, pc, sp, target: 0, ...pf.tag() });
      }
      dependencies.push(dep);
      pf.enter(call);
      pc = 0;
      sp = call.code.co_nlocalsplus;
      prev = null;
      continue;
    }
    if ((op === Op.RETURN_VALUE || op === Op.RETURN_CONST) && pf.depth > 0) {
      if (op === Op.RETURN_CONST) {
        const operand = codeInfo(pf.code).consts[arg];
        const tag = pf.tag();
        ops.push({ uop: "_LOAD_CONST_INLINE", oparg: arg, operand, pc, sp, target: 0, ...tag });
      }
      const f = pf.frames[pf.current];
      ops.push({ uop: "_POP_FRAME", oparg: 0, operand: f, pc, sp, target: 0, ...pf.tag() });
      const done = pf.leave();
      pc = done.resume;
      sp = done.base + 1;
      prev = null;
      continue;
    }
    const calleeHead = pf.depth > 0 ? backEdgeTarget(pf.code, pc) : -1;
    if (calleeHead >= 0) {
      // A loop inside an inlined callee: the trace closes on it as a loop of its own, the
      // callee's way on after the loop being its exits' side traces. Its first iteration is
      // peeled: locals it binds (unbound on the way in) keep their types at the loop's head.
      const t = calleeHead;
      const at = (o: TraceOp) => o.pc === t && o.frame === pf.current && o.sp === sp;
      const top = ops.findLastIndex(at);
      if (top > 0 && ops.findIndex(at) === top) {
        pc = t;
        prev = null;
        continue;
      }
      if (top > 0) {
        ops.push({ uop: "_JUMP_TO_TOP", oparg: 0, operand: 0, pc, sp, target: top, ...pf.tag() });
      } else stop(pc, sp);
      break;
    }
    const target = side !== undefined && pf.depth === 0 ? backEdgeTarget(code, pc) : -1;
    if (target >= 0) {
      // The back edge of a loop enclosing the root's (its head at or before the root's, its
      // back edge after): a side trace goes round it to the root's head. Any other loop
      // whose head the side trace passed (one beside the root's in an enclosing loop, or
      // inside its body) closes the side trace as a loop of its own; it goes on through
      // that loop's exits. Any other back edge ends the side trace (no unrolling), where
      // it may jump to a head another trace of the tree passes (jit/side_traces.ts).
      // A side trace from such an end starts at the back edge, and goes round it.
      if ((target > head || pc < backedge) && ops.length > 0) {
        const top = ops.findIndex((o) => o.pc === target && o.frame === undefined && o.sp === sp);
        if (top > 0) {
          ops.push({ uop: "_JUMP_TO_TOP", oparg: 0, operand: 0, pc, sp, target: top });
        } else stop(pc, sp);
        break;
      }
      pc = target;
      prev = null;
      continue;
    }
    // The value on top of the stack when projection can read it: the loop head's iterator
    // (its range step), and the condition a side trace's first branch follows.
    const atTop = (pf.depth === 0 && pc === head && sp === headSp) ||
      (side !== undefined && pc === start && pf.depth === (side.inside?.chain.length ?? 0));
    // An enclosing loop's iterator (a side trace going round it) is in the frame too: its
    // FOR_ITER over an enumerate becomes the guarded uops only where projection sees one.
    const enclosing = pf.depth === 0 && op === Op.FOR_ITER && sp <= frame.sp;
    const fast = side?.inside !== undefined && pc === start && pf.depth > 0
      ? side.inside.live.fast
      : frame.fast;
    const live = atTop || enclosing ? fast[sp - 1] : NO_VALUE;
    const step = translate(pf.scope, pf.code, pc, sp, prev, live, side !== undefined);
    if (step === null || ops.length + step.parts.length + 1 > maxOps) {
      if (ops.length === 0) {
        return { reason: step === null ? "UNSUPPORTED_FIRST" : "TOO_LONG", pc };
      }
      // A side trace that gets anywhere saves its parent's exit some work.
      if (!side && !ops.some((o) => isWork(o.uop))) return { reason: "TOO_SHORT", pc };
      stop(pc, sp);
      break;
    }
    for (const [uop, oparg, operand] of step.parts) {
      ops.push({ uop, oparg, operand, pc, sp, target: 0, ...pf.tag() });
    }
    if (step.deps !== undefined) dependencies.push(...step.deps);
    prev = step.parts.length > 0 ? step.parts[step.parts.length - 1] : prev;
    pc = step.next;
    sp = step.sp;
  }
  const trace: Trace = { code, start, backedge, entrySp, ops, entryTypes, dependencies };
  if (pf.frames.length > 0) trace.frames = pf.frames;
  if (side?.inside !== undefined) trace.inside = side.inside.chain;
  if (side?.consts !== undefined && side.consts.size > 0) trace.entryConsts = side.consts;
  return trace;
}

/** The head a back edge at unit `pc` jumps to (JUMP_BACKWARD, or ENTER_EXECUTOR in its place), or -1. */
export function backEdgeTarget(code: CodeObject, pc: number): number {
  const unit = code.co_code[pc];
  const op = unit & 0xff;
  if (op === Op.JUMP_BACKWARD) return pc + 1 + C_JUMP_BACKWARD - (unit >>> 8);
  if (op === Op.ENTER_EXECUTOR) {
    return pc + 1 + C_JUMP_BACKWARD - code.executors[unit >>> 8].jumpArg;
  }
  return -1;
}

const heads = new WeakMap<CodeObject, ReadonlySet<number>>();

/** The units back edges of `code` jump to: its loops' heads. */
export function loopHeads(code: CodeObject): ReadonlySet<number> {
  let found = heads.get(code);
  if (found === undefined) {
    const set = new Set<number>();
    const units = code.co_code;
    for (let pc = 0; pc < units.length; pc += 1 + cacheSize(firstPart(units[pc] & 0xff))) {
      const target = backEdgeTarget(code, pc);
      if (target >= 0) set.add(target);
    }
    heads.set(code, found = set);
  }
  return found;
}

/** Superinstructions run as their first part here; the second keeps its own unit. */
function firstPart(op: number): number {
  switch (op) {
    case Op.LOAD_FAST__LOAD_FAST:
    case Op.LOAD_FAST__LOAD_CONST:
      return Op.LOAD_FAST;
    case Op.LOAD_CONST__LOAD_FAST:
      return Op.LOAD_CONST;
    case Op.STORE_FAST__LOAD_FAST:
    case Op.STORE_FAST__STORE_FAST:
      return Op.STORE_FAST;
  }
  return op;
}

/** Ones in the 16-bit branch history: how many of the last 16 executions jumped. */
function jumps(history: number): number {
  let n = 0;
  for (let h = history & 0xffff; h !== 0; h &= h - 1) n++;
  return n;
}

/** Whether `it` is an `enumerate` over a list or tuple iterator (tier 2 steps those). */
function enumeratesSeq(it: PyObject | undefined | typeof NO_VALUE): it is PyEnumerate {
  if (!(it instanceof PyEnumerate) || it.cls !== T.enumerate) return false;
  const cls = (it.it as { cls?: unknown }).cls;
  return cls === T.list_iterator || cls === T.tuple_iterator;
}

/** Whether `it` is a range, list or tuple iterator (or an enumerate over one) with nothing left. */
function exhausted(it: PyObject | undefined): boolean {
  if (enumeratesSeq(it)) it = it.it;
  const cls = (it as { cls?: unknown } | undefined)?.cls;
  if (cls === T.range_iterator) return (it as RangeIterator).remaining <= 0;
  if (cls !== T.list_iterator && cls !== T.tuple_iterator) return false;
  const { seq, i } = it as ListIterator;
  return seq === null ||
    i >= (seq instanceof PyList ? listLength(seq) : (seq as unknown as PyTuple).items.length);
}

/** Marks "no value known" for `translate`'s `live` (undefined is NULL, a value). */
const NO_VALUE = Symbol("no value");

/**
 * The uops of the instruction at `pc`, or null when tier 2 does not
 * translate it. `live` is the value on top of the stack when projection can
 * read it; `followLive` makes a branch follow it rather than its history.
 */
function translate(
  frame: Scope,
  code: CodeObject,
  pc: number,
  sp: number,
  prev: Part | null,
  live: PyObject | undefined | typeof NO_VALUE = NO_VALUE,
  followLive = false,
): Step | null {
  const units = code.co_code;
  const refs = code.cacheRefs;
  const unit = units[pc];
  const op = firstPart(unit & 0xff);
  const arg = unit >>> 8;
  const after = pc + 1 + cacheSize(op);
  const one = (uop: string, push: number, oparg = 0, operand: unknown = 0): Step => ({
    parts: [[uop, oparg, operand]],
    sp: sp + push,
    next: after,
  });
  const many = (parts: Part[], push: number): Step => ({ parts, sp: sp + push, next: after });
  const enumerating = op === Op.FOR_ITER && enumeratesSeq(live);
  const iterating = op === Op.FOR_ITER_RANGE || op === Op.FOR_ITER_LIST ||
    op === Op.FOR_ITER_TUPLE || enumerating;
  if (iterating && followLive && live !== NO_VALUE && exhausted(live)) {
    // A side trace from an exhausted iterator's exit goes on after the loop, as FOR_ITER does.
    const kind = enumerating ? "ENUMERATE" : ITERATED[op];
    return {
      parts: [[`_ITER_CHECK_${kind}`, 0, 0], [`_ITER_DONE_${kind}`, 0, 0]],
      sp: sp - 1,
      next: after + arg + 1,
    };
  }
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
      return { parts: [], sp, next: after };
    case Op.LOAD_FAST:
      return one("_LOAD_FAST", 1, arg);
    case Op.LOAD_FAST_CHECK:
      return one("_LOAD_FAST_CHECK", 1, arg);
    case Op.STORE_FAST:
      return one("_STORE_FAST", -1, arg);
    case Op.LOAD_CONST:
      return one("_LOAD_CONST_INLINE", 1, arg, codeInfo(code).consts[arg]);
    case Op.LOAD_DEREF:
      return one("_LOAD_DEREF", 1, arg);
    case Op.STORE_DEREF:
      return one("_STORE_DEREF", -1, arg);
    case Op.POP_TOP:
      return one("_POP_TOP", -1);
    case Op.PUSH_NULL:
      return one("_PUSH_NULL", 1);
    case Op.COPY:
      return one("_COPY", 1, arg);
    case Op.SWAP:
      return one("_SWAP", 0, arg);
    case Op.JUMP_FORWARD:
      return { parts: [], sp, next: after + arg };
    case Op.UNARY_NEGATIVE:
      return one("_UNARY_NEGATIVE", 0);
    case Op.UNARY_INVERT:
      return one("_UNARY_INVERT", 0);
    case Op.UNARY_NOT:
      return one("_UNARY_NOT", 0);
    case Op.IS_OP:
      return one("_IS_OP", -1, arg);
    case Op.GET_ITER:
      return one("_GET_ITER", 0);
    case Op.BINARY_SLICE:
      return one("_BINARY_SLICE", -2);

    // -- BINARY_OP ---------------------------------------------------------
    case Op.BINARY_OP:
      return one("_BINARY_OP", -1, arg);
    case Op.BINARY_OP_ADD_INT:
    case Op.BINARY_OP_SUBTRACT_INT:
    case Op.BINARY_OP_MULTIPLY_INT: {
      const name = op === Op.BINARY_OP_ADD_INT
        ? "ADD"
        : op === Op.BINARY_OP_SUBTRACT_INT
        ? "SUBTRACT"
        : "MULTIPLY";
      // The oparg keeps the NB_* number: a result past 2**53 is made by the generic operator.
      return many([["_GUARD_BOTH_INT", 0, 0], [`_BINARY_OP_${name}_INT`, arg, 0]], -1);
    }
    case Op.BINARY_OP_ADD_FLOAT:
    case Op.BINARY_OP_SUBTRACT_FLOAT:
    case Op.BINARY_OP_MULTIPLY_FLOAT: {
      const name = op === Op.BINARY_OP_ADD_FLOAT
        ? "ADD"
        : op === Op.BINARY_OP_SUBTRACT_FLOAT
        ? "SUBTRACT"
        : "MULTIPLY";
      return many([["_GUARD_BOTH_FLOAT", 0, 0], [`_BINARY_OP_${name}_FLOAT`, arg, 0]], -1);
    }
    case Op.BINARY_OP_ADD_UNICODE:
      return many([["_GUARD_BOTH_UNICODE", 0, 0], ["_BINARY_OP_ADD_UNICODE", arg, 0]], -1);
    case Op.BINARY_OP_EXTEND:
      return one("_BINARY_OP_EXTEND", -1, arg, refs[pc]);
    case Op.BINARY_OP_SUBSCR_LIST_INT:
      return many([
        ["_GUARD_NOS_LIST", 0, 0],
        ["_GUARD_TOS_INT", 0, 0],
        ["_BINARY_OP_SUBSCR_LIST_INT", arg, 0],
      ], -1);
    case Op.BINARY_OP_SUBSCR_TUPLE_INT:
      return many([
        ["_GUARD_NOS_TUPLE", 0, 0],
        ["_GUARD_TOS_INT", 0, 0],
        ["_BINARY_OP_SUBSCR_TUPLE_INT", arg, 0],
      ], -1);
    case Op.BINARY_OP_SUBSCR_STR_INT:
      return many([
        ["_GUARD_NOS_UNICODE", 0, 0],
        ["_GUARD_TOS_INT", 0, 0],
        ["_BINARY_OP_SUBSCR_STR_INT", arg, 0],
      ], -1);
    case Op.BINARY_OP_SUBSCR_DICT:
      return many([["_GUARD_NOS_DICT", 0, 0], ["_BINARY_OP_SUBSCR_DICT", arg, 0]], -1);
    case Op.STORE_SUBSCR:
      return one("_STORE_SUBSCR", -3);
    case Op.STORE_SUBSCR_LIST_INT:
      return many([
        ["_GUARD_NOS_LIST", 0, 0],
        ["_GUARD_TOS_INT", 0, 0],
        ["_STORE_SUBSCR_LIST_INT", 0, 0],
      ], -3);
    case Op.STORE_SUBSCR_DICT:
      return many([["_GUARD_NOS_DICT", 0, 0], ["_STORE_SUBSCR_DICT", 0, 0]], -3);

    // -- Comparisons and truth -------------------------------------------------
    case Op.COMPARE_OP:
      return one("_COMPARE_OP", -1, arg);
    case Op.COMPARE_OP_INT:
      return many([["_GUARD_BOTH_INT", 0, 0], ["_COMPARE_OP_INT", arg, 0]], -1);
    case Op.COMPARE_OP_FLOAT:
      return many([["_GUARD_BOTH_FLOAT", 0, 0], ["_COMPARE_OP_FLOAT", arg, 0]], -1);
    case Op.COMPARE_OP_STR:
      return many([["_GUARD_BOTH_UNICODE", 0, 0], ["_COMPARE_OP_STR", arg, 0]], -1);
    case Op.CONTAINS_OP:
      return one("_CONTAINS_OP", -1, arg);
    case Op.CONTAINS_OP_SET:
      return many([["_GUARD_TOS_ANY_SET", 0, 0], ["_CONTAINS_OP_SET", arg, 0]], -1);
    case Op.CONTAINS_OP_DICT:
      return many([["_GUARD_TOS_DICT", 0, 0], ["_CONTAINS_OP_DICT", arg, 0]], -1);
    case Op.TO_BOOL:
      return one("_TO_BOOL", 0);
    case Op.TO_BOOL_BOOL:
      return one("_TO_BOOL_BOOL", 0);
    case Op.TO_BOOL_INT:
      return many([["_GUARD_TOS_INT", 0, 0], ["_TO_BOOL_INT", 0, 0]], 0);
    case Op.TO_BOOL_LIST:
      return many([["_GUARD_TOS_LIST", 0, 0], ["_TO_BOOL_LIST", 0, 0]], 0);
    case Op.TO_BOOL_NONE:
      return one("_TO_BOOL_NONE", 0);
    case Op.TO_BOOL_STR:
      return many([["_GUARD_TOS_UNICODE", 0, 0], ["_TO_BOOL_STR", 0, 0]], 0);

    // -- Branches: a guard toward the hot side -------------------------------------
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const jump = !followLive || live === NO_VALUE
        ? jumps(units[pc + 1]) > 8
        : op === Op.POP_JUMP_IF_FALSE
        ? live === false
        : op === Op.POP_JUMP_IF_TRUE
        ? live === true
        : op === Op.POP_JUMP_IF_NONE
        ? live === None
        : live !== None;
      const fall = pc + 1 + C_POP_JUMP;
      // The guard names the value the followed side needs.
      const jumpGuard = op === Op.POP_JUMP_IF_FALSE
        ? "_GUARD_IS_FALSE_POP"
        : op === Op.POP_JUMP_IF_TRUE
        ? "_GUARD_IS_TRUE_POP"
        : op === Op.POP_JUMP_IF_NONE
        ? "_GUARD_IS_NONE_POP"
        : "_GUARD_IS_NOT_NONE_POP";
      const fallGuard = op === Op.POP_JUMP_IF_FALSE
        ? "_GUARD_IS_TRUE_POP"
        : op === Op.POP_JUMP_IF_TRUE
        ? "_GUARD_IS_FALSE_POP"
        : op === Op.POP_JUMP_IF_NONE
        ? "_GUARD_IS_NOT_NONE_POP"
        : "_GUARD_IS_NONE_POP";
      return {
        parts: [[jump ? jumpGuard : fallGuard, 0, 0]],
        sp: sp - 1,
        next: jump ? fall + arg : fall,
      };
    }

    // -- Iteration: an exhausted iterator leaves at the FOR_ITER, which ends the loop ---------
    case Op.FOR_ITER_RANGE: {
      // At the loop head the iterator is on the stack: native code patches its step in.
      const it = live as { cls?: unknown; step?: unknown } | undefined | typeof NO_VALUE;
      const operand: RangeOperand | 0 =
        typeof it === "object" && it?.cls === T.range_iterator && typeof it.step === "number"
          ? { step: it.step }
          : 0;
      return many([["_ITER_CHECK_RANGE", 0, 0], ["_FOR_ITER_RANGE", arg, operand]], 1);
    }
    case Op.FOR_ITER_LIST:
      return many([["_ITER_CHECK_LIST", 0, 0], ["_FOR_ITER_LIST", arg, 0]], 1);
    case Op.FOR_ITER_TUPLE:
      return many([["_ITER_CHECK_TUPLE", 0, 0], ["_FOR_ITER_TUPLE", arg, 0]], 1);
    case Op.FOR_ITER:
      // Tier 1 has no specialization for `enumerate`: tier 2 steps one over a list or tuple
      // iterator when projection sees it, and over nothing else.
      if (!enumerating) return null;
      return many([["_ITER_CHECK_ENUMERATE", 0, 0], ["_FOR_ITER_ENUMERATE", arg, 0]], 1);

    // -- Globals and attributes ------------------------------------------------------------
    case Op.LOAD_GLOBAL:
      return many(
        (arg & 1) ? [["_LOAD_GLOBAL", arg, code.co_names[arg >>> 1]], ["_PUSH_NULL", 0, 0]] : [[
          "_LOAD_GLOBAL",
          arg,
          code.co_names[arg >>> 1],
        ]],
        1 + (arg & 1),
      );
    case Op.LOAD_NAME:
      return one("_LOAD_NAME", 1, arg, code.co_names[arg]);
    case Op.STORE_NAME:
      return one("_STORE_NAME", -1, arg, code.co_names[arg]);
    case Op.STORE_GLOBAL:
      return one("_STORE_GLOBAL", -1, arg, code.co_names[arg]);
    case Op.LOAD_GLOBAL_MODULE:
    case Op.LOAD_GLOBAL_BUILTIN:
      return loadGlobal(frame, code, pc, sp, op === Op.LOAD_GLOBAL_BUILTIN);
    case Op.LOAD_ATTR:
      return one("_LOAD_ATTR", arg & 1, arg, code.co_names[arg >>> 1]);
    case Op.LOAD_ATTR_MODULE: {
      const entry = refs[pc] as DictEntry<PyObject, PyObject>;
      const tag = units[pc + 3];
      const parts: Part[] = [["_LOAD_ATTR_MODULE", arg, { tag, entry }]];
      if (arg & 1) parts.push(["_PUSH_NULL", 0, 0]);
      // A module loaded just before (`math.sqrt`) is known: its entry is a dependency too.
      const owner = prev !== null && prev[0].startsWith("_LOAD_GLOBAL_")
        ? (prev[2] as DictEntryOperand).value
        : undefined;
      const deps: Dependency[] = [];
      if (owner instanceof PyModule && (owner.dict as PyDict).table.keysTag === tag) {
        deps.push({
          kind: "dict_entry",
          table: (owner.dict as PyDict).table,
          tag,
          entry,
          value: entry.value,
        });
      }
      return { parts, sp: sp + (arg & 1), next: after, deps };
    }
    case Op.LOAD_ATTR_INSTANCE_VALUE:
      return many(
        pushNull([
          ["_GUARD_TYPE_VERSION", 0, units[pc + 2]],
          ["_LOAD_ATTR_INSTANCE_VALUE", arg, {
            shape: refs[pc],
            after: null,
            index: units[pc + 4],
          }],
        ], arg),
        arg & 1,
      );
    case Op.LOAD_ATTR_SLOT:
      return many(
        pushNull([
          ["_GUARD_TYPE_VERSION", 0, units[pc + 2]],
          ["_LOAD_ATTR_SLOT", arg, units[pc + 4]],
        ], arg),
        arg & 1,
      );
    case Op.LOAD_ATTR_CLASS:
      return many(pushNull([["_LOAD_ATTR_CLASS", arg, [units[pc + 2], refs[pc]]]], arg), arg & 1);
    case Op.LOAD_ATTR_METHOD_WITH_VALUES:
      return many([
        ["_GUARD_TYPE_VERSION", 0, units[pc + 2]],
        ["_LOAD_ATTR_METHOD_WITH_VALUES", arg, { shape: refs[pc], after: refs[pc + 1], index: 0 }],
      ], 1);
    case Op.LOAD_ATTR_METHOD_NO_DICT:
      return one("_LOAD_ATTR_METHOD_NO_DICT", 1, arg, [refs[pc], refs[pc + 1]]);
    case Op.STORE_ATTR:
      return one("_STORE_ATTR", -2, arg, code.co_names[arg]);
    case Op.STORE_ATTR_INSTANCE_VALUE:
      return many([
        ["_GUARD_TYPE_VERSION", 0, units[pc + 2]],
        ["_STORE_ATTR_INSTANCE_VALUE", arg, {
          shape: refs[pc],
          after: refs[pc + 1],
          index: units[pc + 3],
        }],
      ], -2);
    case Op.STORE_ATTR_SLOT:
      return many([
        ["_GUARD_TYPE_VERSION", 0, units[pc + 2]],
        ["_STORE_ATTR_SLOT", arg, units[pc + 3]],
      ], -2);

    // -- Calls of native code (a Python callee would need its own frame) ------------------
    case Op.CALL_BUILTIN_FAST:
      return one("_CALL_BUILTIN_FAST", -1 - arg, arg, refs[pc]);
    case Op.CALL_METHOD_DESCRIPTOR_FAST:
      return one("_CALL_METHOD_DESCRIPTOR_FAST", -1 - arg, arg, refs[pc]);
    case Op.CALL_LEN:
      return one("_CALL_LEN", -1 - arg, arg);
    case Op.CALL_BUILTIN_CLASS:
      return one("_CALL_BUILTIN_CLASS", -1 - arg, arg, refs[pc]);
    case Op.CALL_ISINSTANCE:
      return one("_CALL_ISINSTANCE", -1 - arg, arg);
    case Op.CALL_LIST_APPEND:
      return one("_CALL_LIST_APPEND", -2, arg);

    // -- Unpacking -----------------------------------------------------------------------
    case Op.UNPACK_SEQUENCE:
      return one("_UNPACK_SEQUENCE", arg - 1, arg);
    case Op.UNPACK_SEQUENCE_TWO_TUPLE:
      return many([["_GUARD_TOS_TUPLE", 0, 0], ["_UNPACK_SEQUENCE_TWO_TUPLE", arg, 0]], 1);
    case Op.UNPACK_SEQUENCE_TUPLE:
      return many([["_GUARD_TOS_TUPLE", 0, 0], ["_UNPACK_SEQUENCE_TUPLE", arg, 0]], arg - 1);
    case Op.UNPACK_SEQUENCE_LIST:
      return many([["_GUARD_TOS_LIST", 0, 0], ["_UNPACK_SEQUENCE_LIST", arg, 0]], arg - 1);
  }
  // Everything else: other loops' back edges, calls of Python code, returns, yields,
  // raises, handlers, generic FOR_ITER and the rest stay in tier 1.
  return null;
}

/** Appends `_PUSH_NULL` when the oparg's low bit asks for a NULL after the attribute. */
function pushNull(parts: Part[], arg: number): Part[] {
  if (arg & 1) parts.push(["_PUSH_NULL", 0, 0]);
  return parts;
}

/**
 * LOAD_GLOBAL_MODULE/BUILTIN: the cached entry, read live while the keys
 * tags hold. A cache that is already stale would miss in tier 1 too: the
 * trace stops there instead.
 */
function loadGlobal(
  frame: Scope,
  code: CodeObject,
  pc: number,
  sp: number,
  builtin: boolean,
): Step | null {
  const units = code.co_code;
  const arg = units[pc] >>> 8;
  const entry = code.cacheRefs[pc] as DictEntry<PyObject, PyObject>;
  const globals = (frame.globals as PyDict).table;
  const builtins = (frame.builtins as PyDict).table;
  const gtag = units[pc + 2];
  if (globals.keysTag !== gtag || (builtin && builtins.keysTag !== units[pc + 3])) return null;
  const dep: DictEntryOperand = builtin
    ? { kind: "dict_entry", table: builtins, tag: units[pc + 3], entry, value: entry.value }
    : { kind: "dict_entry", table: globals, tag: gtag, entry, value: entry.value };
  const deps: Dependency[] = [dep];
  let operand: DictEntryOperand | BuiltinOperand = dep;
  if (builtin) {
    // The globals must still lack the name: their keys tag, with the builtin's entry.
    deps.push({ kind: "dict_entry", table: globals, tag: gtag, entry, value: entry.value });
    operand = { ...dep, globals, globalsTag: gtag };
  }
  const parts: Part[] = [[builtin ? "_LOAD_GLOBAL_BUILTIN" : "_LOAD_GLOBAL_MODULE", arg, operand]];
  if (arg & 1) parts.push(["_PUSH_NULL", 0, 0]);
  return { parts, sp: sp + 1 + (arg & 1), next: pc + 1 + C_LOAD_GLOBAL, deps };
}
