/**
 * Native lowering of inlined calls (`jit/inline.ts`): the call's guard
 * becomes entry-time dependencies, `_PUSH_FRAME` moves the arguments into
 * the callee's slot region, `_POP_FRAME` moves the return value to where
 * the callable was, and an exit inside a callee gets a snapshot of every
 * frame tier 1 would have there (`jit/frames.ts`).
 *
 * The function and its code are fixed when the trace is compiled: the
 * callable must be the constant the trace folded (a global's value, itself
 * an entry dependency), and `__code__` is checked on entry (the trace's
 * `function_code` dependency). So no uop exits at the call itself.
 *
 * @module
 */
import type { NativeInstr } from "./emit.ts";
import type { FrameLayout, InlinedRestore, InlinedSlot, InlinedSnapshot } from "./frames.ts";
import type { AbsValue } from "./optimizer.ts";
import type { Reason } from "./reasons.ts";
import type { Snapshot } from "./exits.ts";
import {
  type InlinedFrame,
  isSeqKind,
  type SeqKind,
  type SlotType,
  type Trace,
} from "./trace_ir.ts";

/** What of `jit/lower_native.ts`'s lowering these functions use. */
export interface FrameLowering {
  readonly trace: Trace;
  readonly layout: FrameLayout;
  /** The frame of the op being lowered (-1: the loop's). */
  readonly frame: number;
  readonly callers: AbsValue[][];
  readonly snapshots: Snapshot[];
  emit(uop: string, fields?: Partial<Omit<NativeInstr, "uop">>): void;
  /** A loop-frame snapshot at `pc` with depth `sp` from `state`; its id. */
  snapshot(pc: number, sp: number, uop: string, state: AbsValue[]): number;
  fail(reason: Reason): never;
}

/** Whether a callee's slot of type `t` has a native form (scalars, lists and tuples). */
function native(t: SlotType | undefined): boolean {
  return t === "int" || t === "float" || t === "bool" || isSeqKind(t);
}

/** Lowers `_CHECK_FUNCTION_VERSION`, `_PUSH_FRAME` or `_POP_FRAME` over state `s`. */
export function lowerFrameOp(
  l: FrameLowering,
  uop: string,
  oparg: number,
  f: InlinedFrame,
  s: AbsValue[],
): void {
  const d = s.length;
  switch (uop) {
    case "_CHECK_FUNCTION_VERSION": {
      const callable = s[d - oparg - 2], nul = s[d - oparg - 1];
      if (!callable?.known || callable.value !== f.func) l.fail("UNKNOWN_TYPE");
      // A `self` is an object: native code has no slot form for it.
      if (f.nargs - f.defaults.length !== oparg || !nul?.known || nul.value !== undefined) {
        l.fail("NOT_NATIVE");
      }
      return;
    }
    case "_PUSH_FRAME": {
      const k = l.trace.frames!.indexOf(f);
      for (let a = f.nargs - 1; a >= 0; a--) {
        const v = s[d - f.nargs + a];
        if (!v?.known && !native(v?.type)) l.fail("UNKNOWN_TYPE");
        l.emit("_STORE_FAST", { oparg: l.layout.locals[k] + a });
      }
      // The NULL and the callable: the callee's stack starts in the callable's slot.
      l.emit("_POP_TOP");
      l.emit("_POP_TOP");
      return;
    }
    case "_POP_FRAME": {
      const n = f.code.co_nlocalsplus;
      const depth = d - n;
      if (depth < 1) l.fail("NOT_NATIVE");
      if (depth > 1) {
        // Whatever the callee left below its return value is dropped, as tier 1 drops its frame.
        l.emit("_STORE_FAST", { oparg: l.layout.slot(l.frame, n) });
        for (let k = 0; k < depth - 2; k++) l.emit("_POP_TOP");
      }
      return;
    }
  }
  l.fail("NOT_NATIVE");
}

/**
 * The snapshot of an exit at `pc` (stack depth `sp`, state `start`) inside
 * the current callee: the loop frame suspended at its call, then each
 * inlined frame suspended at its own call, the innermost at the exit.
 */
export function inlinedSnapshot(
  l: FrameLowering,
  pc: number,
  sp: number,
  uop: string,
  start: AbsValue[],
): number {
  const frames = l.trace.frames!;
  const chain: number[] = [];
  for (let k = l.frame; k >= 0; k = frames[k].parent) chain.unshift(k);
  const outer = frames[chain[0]];
  const id = l.snapshot(outer.resume, outer.base, uop, l.callers[0]);
  const inlined: InlinedRestore[] = [];
  for (let depth = 0; depth < chain.length; depth++) {
    const k = chain[depth];
    const inner = depth + 1 < chain.length ? frames[chain[depth + 1]] : null;
    const state = inner === null ? start : l.callers[depth + 1];
    const n = inner === null ? sp : inner.base;
    const slots: InlinedSlot[] = [];
    for (let j = 0; j < n; j++) {
      const v = state[j];
      if (v?.known) slots.push({ kind: "const", value: v.value });
      else if (isSeqKind(v?.type)) {
        slots.push({ kind: "seq", slot: l.layout.slot(k, j), type: v.type as SeqKind });
      } else if (native(v?.type)) {
        slots.push({ kind: v.type as "int" | "float" | "bool", slot: l.layout.slot(k, j) });
      } else l.fail("UNKNOWN_TYPE");
    }
    inlined.push({ frame: frames[k], pc: inner === null ? pc : inner.resume, sp: n, slots });
  }
  const code = frames[l.frame].code;
  const label = `${code.co_qualname}:${code.lineAt(pc)} ${pc} ${uop}`;
  const snap: InlinedSnapshot = { ...l.snapshots[id], label, inlined };
  l.snapshots[id] = snap;
  return id;
}
