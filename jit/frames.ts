/**
 * Frames of inlined calls (`jit/inline.ts`) at run time: how the uop
 * interpreter pushes and pops a callee's real Frame, exactly as tier 1's
 * CALL_PY_EXACT_ARGS and RETURN_VALUE do, and how a native exit inside a
 * callee rebuilds the frames tier 1 would have there.
 *
 * Requirements:
 * 1. A pushed callee is indistinguishable from one tier 1 pushed: its
 *    caller is suspended after the CALL (`pc`), with its stack cut back to
 *    the callable's slot (`sp`) and `lasti` at the CALL, the callee's
 *    `back` is the caller, and `vm.depth` counts it. Tier 1 can then resume
 *    in the callee, return from it, or unwind an exception through both.
 * 2. A native exit inside a callee rebuilds the loop frame (the exits.ts
 *    snapshot), then each inlined frame from the outside in, from its own
 *    slots, and makes the innermost one current.
 *
 * @module
 */
import { acquireFrame, type Frame, releaseFrame } from "../vm/frame.ts";
import { PyFloat, type PyObject, T } from "../vm/object.ts";
import { nativeRecursionDepth } from "../vm/abstract.ts";
import { recursionError } from "../vm/interp_unwind.ts";
import type { Vm } from "../vm/vm.ts";
import type { NativeSlots, Snapshot } from "./exits.ts";
import type { InlinedFrame, SeqKind } from "./trace_ir.ts";
import { MAX_INLINE_DEPTH } from "./inline.ts";
import { HeaderOwners } from "../vm/list_storage.ts";

/**
 * `_PUSH_FRAME`: the callee's frame with the call's arguments (from
 * `fast[sp - nargs .. sp)`) as its first locals; `caller` is suspended
 * (requirement 1) and the callee is current. Raises RecursionError, as
 * tier 1's CALL does, before changing anything.
 */
export function pushInlined(
  vm: Vm,
  caller: Frame,
  f: InlinedFrame,
  sp: number,
  lasti: number,
): Frame {
  if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) throw recursionError();
  const fast = caller.fast;
  const nargs = f.nargs;
  const func = f.func;
  const callee = acquireFrame(func, f.code, func.globals, caller.builtins, null);
  const dst = callee.fast;
  const start = sp - nargs;
  // With a `self` (a method looked up on its instance), it is the first argument.
  for (let k = 0; k < nargs; k++) dst[k] = fast[start + k];
  caller.pc = f.resume;
  caller.sp = f.base;
  caller.lasti = lasti;
  callee.back = caller;
  callee.depth = ++vm.depth;
  vm.frame = callee;
  return callee;
}

/** `_POP_FRAME`: releases `callee` and pushes `value` on its caller, which becomes current. */
export function popInlined(vm: Vm, callee: Frame, value: PyObject | undefined): Frame {
  const caller = callee.back!;
  vm.depth = caller.depth;
  callee.back = null;
  releaseFrame(callee);
  vm.frame = caller;
  caller.fast[caller.sp++] = value;
  return caller;
}

/** True when the VM can take the inlined frames a trace may push (as tier 1 would check). */
export function roomForInlined(vm: Vm): boolean {
  return vm.depth + nativeRecursionDepth() + MAX_INLINE_DEPTH < vm.recursionLimit;
}

// -- Native exits inside callees (requirement 2) ------------------------------------

/** How one slot of an inlined frame is rebuilt: from native slot `slot`, or a constant. */
export type InlinedSlot =
  | { kind: "int" | "float" | "bool"; slot: number }
  /** A list or tuple: native slot `slot` holds its header (`jit/exits.ts` requirement 4). */
  | { kind: "seq"; slot: number; type: SeqKind }
  | { kind: "const"; value: PyObject | undefined };

/** One inlined frame at an exit: where it resumes, and its slots (`fast[0 .. sp)`). */
export interface InlinedRestore {
  frame: InlinedFrame;
  pc: number;
  sp: number;
  slots: InlinedSlot[];
}

/**
 * The snapshot of a native exit inside a callee: the base snapshot rebuilds
 * the loop frame suspended at its CALL (`pc` after it, `sp` its callable's
 * slot); `inlined` lists the callee frames, outermost first.
 */
export interface InlinedSnapshot extends Snapshot {
  inlined: InlinedRestore[];
}

/** Whether a snapshot leaves inside a callee. */
export function isInlinedSnapshot(s: Snapshot): s is InlinedSnapshot {
  return (s as Partial<InlinedSnapshot>).inlined !== undefined;
}

/**
 * Pushes the inlined frames of `snap` above `loop` (already restored by
 * `jit/exits.ts` `restore`, with `pc`/`sp` set) and returns the innermost,
 * current, with its `pc` and `sp` set.
 */
export function materialize(
  vm: Vm,
  loop: Frame,
  snap: InlinedSnapshot,
  native: NativeSlots,
): Frame {
  let caller = loop;
  // The lists and tuples callees hold are reachable from their callers' slots, rebuilt first.
  const roots: (PyObject | undefined)[] = loop.fast.slice(0, loop.sp);
  let owners: HeaderOwners | null = null;
  for (const r of snap.inlined) {
    const f = r.frame;
    caller.lasti = f.callPc;
    const callee = acquireFrame(f.func, f.code, f.func.globals, caller.builtins, null);
    const fast = callee.fast;
    for (let j = 0; j < r.slots.length; j++) {
      const s = r.slots[j];
      switch (s.kind) {
        case "int":
          fast[j] = native.int(s.slot);
          break;
        case "float":
          fast[j] = new PyFloat(native.f64[s.slot], T.float);
          break;
        case "bool":
          fast[j] = native.bool(s.slot);
          break;
        case "const":
          fast[j] = s.value;
          break;
        case "seq":
          owners ??= new HeaderOwners(roots);
          fast[j] = owners.at(native.int(s.slot) as number);
          break;
      }
    }
    roots.push(...fast.slice(0, r.sp));
    owners = null;
    callee.pc = r.pc;
    callee.sp = r.sp;
    callee.lasti = r.pc;
    callee.back = caller;
    callee.depth = ++vm.depth;
    caller = callee;
  }
  vm.frame = caller;
  return caller;
}

// -- Native slot layout of inlined frames ---------------------------------------------

/**
 * Where each frame of a trace keeps its slots natively. The loop frame's
 * slot j is native slot j (`jit/lower_native.ts` requirement 1). A callee's
 * value stack continues the native stack where its caller's callable was
 * (the call's operands are gone by then), so the stack stays one contiguous
 * run; its locals get a region of their own past every stack and the
 * scratch slots, one region per inlined call.
 */
export interface FrameLayout {
  /** The native slot of slot `j` of frame `frame` (-1: the loop's). */
  slot(frame: number, j: number): number;
  /** First native slot of each inlined frame's locals. */
  locals: number[];
  /** First native slot past the layout. */
  end: number;
}

/** The layout for `frames`, above a loop frame of `loopSize` slots, with `scratch` slots. */
export function layoutFrames(
  frames: readonly InlinedFrame[],
  loopSize: number,
  scratch: number,
): FrameLayout {
  const nlocals = frames.map((f) => f.code.co_nlocalsplus);
  const stack: number[] = [];
  const locals: number[] = [];
  const slot = (frame: number, j: number): number => {
    if (frame < 0) return j;
    return j < nlocals[frame] ? locals[frame] + j : stack[frame] + (j - nlocals[frame]);
  };
  let top = loopSize;
  frames.forEach((f, k) => {
    // A callee's stack starts at its caller's callable slot, which is a stack slot.
    const parent = f.parent;
    stack.push(parent < 0 ? f.base : stack[parent] + (f.base - nlocals[parent]));
    top = Math.max(top, stack[k] + f.code.co_stacksize + 1);
  });
  let next = top + scratch;
  for (const n of nlocals) {
    locals.push(next);
    next += n;
  }
  return { slot, locals, end: next };
}
