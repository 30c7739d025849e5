/**
 * Native lowering of lists, tuples and their iterators (`vm/list_storage.ts`
 * storage, `jit/README.md` "Lists, tuples and iterators"): subscripts,
 * stores, `len`, truth, iteration, unpacking, and the virtual iterators of
 * `iter(seq)` and `iter(range(...))`. Every uop here checks the strategy
 * word of the header it uses and exits otherwise, so the kinds the analysis
 * gives nested items only choose which uops run.
 *
 * @module
 */
import { T } from "../vm/object.ts";
import { None } from "../vm/abstract.ts";
import { nurseryAddress } from "../vm/list_storage.ts";
import { LEN, LIST_APPEND, LIST_POP } from "../vm/specialize.ts";
import type { NativeInstr } from "./emit.ts";
import type { AbsValue } from "./optimizer.ts";
import type { Reason } from "./reasons.ts";
import {
  isEnumKind,
  isListKind,
  isPairKind,
  isSeqIterKind,
  isSeqKind,
  itemType,
  iterated,
  type IterKind,
  type SeqKind,
  type SlotType,
  strategyName,
  strategyWord,
  type Trace,
} from "./trace_ir.ts";

/** What of `jit/lower_native.ts`'s lowering these functions use. */
export interface SeqLowering {
  readonly trace: Trace;
  /** The steps of range iterators the trace made (`_RANGE_ITER_NEW`), by slot. */
  readonly virtualSteps: Map<number, bigint>;
  emit(uop: string, fields?: Partial<Omit<NativeInstr, "uop">>): void;
  emitExiting(uop: string, exit: () => number, fields?: Partial<Omit<NativeInstr, "uop">>): void;
  /** Rejects unless `ok`, by whether the top `n` types are known. */
  need(ok: boolean, s: AbsValue[], n: number): void;
  types(s: AbsValue[], n: number): SlotType[];
  /** The native slot of slot `j` of the frame being lowered. */
  nat(j: number): number;
  /** The cursor slots of the iterator at stack slot `j`. */
  cursorOf(j: number): number;
  seqIterAt(j: number): number;
  rangeAt(j: number): { cursor: number; step: bigint };
  fail(reason: Reason): never;
}

/**
 * Lowers `uop` (op `i` of the trace) over state `s` if it is a sequence or
 * iterator uop; false for any other uop.
 */
export function lowerSeqOp(
  l: SeqLowering,
  i: number,
  uop: string,
  oparg: number,
  operand: unknown,
  s: AbsValue[],
  exit: () => number,
): boolean {
  const d = s.length;
  const top = s[d - 1];
  switch (uop) {
    case "_BINARY_OP_SUBSCR_LIST_INT":
    case "_BINARY_OP_SUBSCR_TUPLE_INT": {
      const seq = s[d - 2]?.type;
      l.need(isSeqKind(seq) && top?.type === "int", s, 2);
      l.emitExiting(`_LOAD_ITEM_${strategyName(seq as SeqKind)}`, exit);
      return true;
    }
    case "_STORE_SUBSCR_LIST_INT": {
      const list = s[d - 2]?.type;
      // A value of another type changes the list's strategy: tier 1 does that.
      const item = isListKind(list) ? itemType(list) : undefined;
      l.need(
        item !== undefined && !isSeqKind(item) && top?.type === "int" && s[d - 3]?.type === item,
        s,
        3,
      );
      l.emitExiting(`_STORE_ITEM_${strategyName(list as SeqKind)}`, exit);
      return true;
    }
    case "_LOAD_ATTR_METHOD_NO_DICT": {
      // `a.append` or `a.pop` (the optimizer made the method a constant): the list goes above it.
      const [type, method] = operand as [unknown, unknown];
      if (type !== T.list || (method !== LIST_APPEND && method !== LIST_POP)) return false;
      l.need(isListKind(top?.type), s, 1);
      l.emit("_COPY", { oparg: 1 });
      return true;
    }
    case "_CALL_LIST_APPEND": {
      // (append, list, value -- None): the callable is a constant, and so is the result.
      const [callable, list] = [s[d - 3], s[d - 2]?.type];
      const item = isListKind(list) ? itemType(list) : undefined;
      if (!callable?.known || callable.value !== LIST_APPEND) l.fail("UNKNOWN_TYPE");
      l.need(item !== undefined && !isSeqKind(item) && top?.type === item, s, 2);
      l.emitExiting(`_APPEND_ITEM_${strategyName(list as SeqKind)}`, exit);
      return true;
    }
    case "_CALL_METHOD_DESCRIPTOR_FAST": {
      // `a.pop()`: (pop, list -- item).
      const callable = s[d - 2];
      if (operand !== LIST_POP || oparg !== 0) return false;
      if (!callable?.known || callable.value !== LIST_POP) l.fail("UNKNOWN_TYPE");
      l.need(isListKind(top?.type) && !isSeqKind(itemType(top.type as SeqKind)), s, 1);
      l.emitExiting(`_POP_ITEM_${strategyName(top.type as SeqKind)}`, exit);
      return true;
    }
    case "_BINARY_SLICE": {
      // `list[:]` of a list with scalar items: a copy whose memory is the nursery's.
      const [list, start, stop] = [s[d - 3]?.type, s[d - 2], s[d - 1]];
      if (!start?.known || start.value !== None || !stop?.known || stop.value !== None) {
        l.fail("NOT_NATIVE");
      }
      l.need(isListKind(list) && !isSeqKind(itemType(list)), s, 3);
      l.emitExiting("_COPY_LIST", exit, {
        oparg: strategyWord(list as SeqKind),
        operand0: BigInt(nurseryAddress()),
      });
      return true;
    }
    case "_CALL_LEN": {
      // (len, NULL, seq -- n): both below the sequence are constants, pushed as zero bits.
      const callable = s[d - 3];
      if (!callable?.known || callable.value !== LEN) l.fail("UNKNOWN_TYPE");
      l.need(isSeqKind(top?.type), s, 1);
      l.emitExiting("_SEQ_LEN", exit);
      l.emit("_STORE_FAST", { oparg: l.nat(d - 3) });
      l.emit("_POP_TOP");
      return true;
    }
    case "_TO_BOOL_LIST":
      l.need(isSeqKind(top?.type), s, 1);
      l.emitExiting("_SEQ_LEN", exit);
      l.emit("_TO_BOOL_INT");
      return true;
    case "_ITER_CHECK_LIST":
    case "_ITER_CHECK_TUPLE":
      l.need(isSeqIterKind(top?.type), s, 1);
      return true;
    case "_ITER_CHECK_ENUMERATE":
      l.need(isEnumKind(top?.type), s, 1);
      return true;
    case "_ITER_DONE_RANGE": {
      l.need(top?.type === "range_iter", s, 1);
      const { cursor, step } = l.rangeAt(d - 1);
      l.emitExiting("_RANGE_ITER_DONE", exit, { oparg: cursor, operand0: step });
      return true;
    }
    case "_ITER_DONE_LIST":
    case "_ITER_DONE_TUPLE":
    case "_ITER_DONE_ENUMERATE":
      l.need(
        uop === "_ITER_DONE_ENUMERATE" ? isEnumKind(top?.type) : isSeqIterKind(top?.type),
        s,
        1,
      );
      l.emitExiting("_SEQ_ITER_DONE", exit, { oparg: l.seqIterAt(d - 1) });
      return true;
    case "_GET_ITER":
      // iter() of a range `_RANGE_ITER_NEW` just made: its iterator is made already.
      if (top?.type === "range" && l.virtualSteps.has(d - 1)) return true;
      // iter() of an enumerate is itself.
      if (isEnumKind(top?.type)) return true;
      l.need(isSeqKind(top?.type), s, 1);
      l.emit("_GET_ITER_SEQ", { oparg: l.seqIterAt(d - 1) });
      return true;
    case "_CALL_BUILTIN_CLASS":
      if (operand === T.enumerate) enumNew(l, oparg, s);
      else rangeIter(l, i, oparg, operand, s, exit);
      return true;
    case "_FOR_ITER_ENUMERATE": {
      // The pair is never made: the UNPACK_SEQUENCE after it pushes the count (`_ENUM_COUNT`).
      const next = l.trace.ops[i + 1];
      if (next?.uop !== "_UNPACK_SEQUENCE_TWO_TUPLE" || next.frame !== l.trace.ops[i].frame) {
        l.fail("NOT_NATIVE");
      }
      l.need(isEnumKind(top?.type), s, 1);
      l.emitExiting(`_ITER_NEXT_${strategyName(iterated(top.type as IterKind))}`, exit, {
        oparg: l.seqIterAt(d - 1),
      });
      return true;
    }
    case "_FOR_ITER_LIST":
    case "_FOR_ITER_TUPLE": {
      l.need(isSeqIterKind(top?.type), s, 1);
      const seq = iterated(top.type as IterKind);
      l.emitExiting(`_ITER_NEXT_${strategyName(seq)}`, exit, {
        oparg: l.seqIterAt(d - 1),
      });
      return true;
    }
    case "_UNPACK_SEQUENCE_TWO_TUPLE":
      if (isPairKind(top?.type)) {
        // After `_ITER_NEXT_<S>` pushed the item where the pair was: the count goes above it.
        l.emit("_ENUM_COUNT", { oparg: l.seqIterAt(d - 2) });
        return true;
      }
      /* falls through */
    case "_UNPACK_SEQUENCE_TUPLE":
    case "_UNPACK_SEQUENCE_LIST":
      l.need(isSeqKind(top?.type) && oparg >= 1, s, 1);
      l.emitExiting(`_UNPACK_ITEMS_${strategyName(top.type as SeqKind)}`, exit, {
        oparg,
      });
      return true;
  }
  return false;
}

/**
 * `for x in range(...)`: the call and the iter() after it become one
 * virtual iterator (`_RANGE_ITER_NEW`), for int arguments and a constant
 * step; the callable and NULL are constants.
 */
function rangeIter(
  l: SeqLowering,
  i: number,
  nargs: number,
  cls: unknown,
  s: AbsValue[],
  exit: () => number,
): void {
  const d = s.length;
  const base = d - nargs - 2;
  const next = l.trace.ops[i + 1];
  if (
    cls !== T.range || !calls(s, base, T.range) || next?.uop !== "_GET_ITER" ||
    next.frame !== l.trace.ops[i].frame
  ) {
    l.fail("NOT_NATIVE");
  }
  l.need(nargs >= 1 && nargs <= 3 && l.types(s, nargs).every((t) => t === "int"), s, nargs);
  const last = s[d - 1];
  const step = nargs < 3 ? 1n : typeof last.value === "number" ? BigInt(last.value) : 0n;
  if (step === 0n || (nargs === 3 && !last.known) || step > 1n << 52n || step < -(1n << 52n)) {
    l.fail("NOT_NATIVE");
  }
  l.emitExiting("_RANGE_ITER_NEW", exit, {
    oparg: l.cursorOf(base),
    operand0: step,
    operand1: BigInt(nargs),
  });
  l.virtualSteps.set(base, step);
}

/**
 * `enumerate(seq)` for a list or tuple with native storage, and no start:
 * a virtual iterator (`_ENUM_NEW`); the callable and NULL are constants.
 */
function enumNew(l: SeqLowering, nargs: number, s: AbsValue[]): void {
  const d = s.length;
  if (nargs !== 1 || !calls(s, d - 3, T.enumerate)) l.fail("NOT_NATIVE");
  l.need(isSeqKind(s[d - 1]?.type), s, 1);
  l.emit("_ENUM_NEW", { oparg: l.cursorOf(d - 3) });
}

/** Whether slot `base` holds the constant `callable` and the slot above it NULL (a call's). */
export function calls(s: AbsValue[], base: number, callable: unknown): boolean {
  const [f, nul] = [s[base], s[base + 1]];
  return f?.known === true && f.value === callable && nul?.known === true &&
    nul.value === undefined;
}
