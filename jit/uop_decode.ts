/**
 * The uop interpreter's form of a trace (`jit/uop_interp.ts`), made once
 * when its executor is built: each uop as its table index in `jit/uops.ts`,
 * with its oparg, operand, instruction, stack depth and jump target in
 * parallel arrays, so that the hot loop dispatches on numbers. Also the
 * check made on every entry: the trace's dependencies still hold and the
 * slots whose entry types the optimizer relied on still have them.
 *
 * @module
 */
import type { Frame } from "../vm/frame.ts";
import { slotType } from "./trace_ir.ts";
import type { SlotType, Trace } from "./trace_ir.ts";
import { UOPS } from "./uops.ts";

const ID = new Map(UOPS.map((u, i) => [u.name, i]));
const interpreted = new Set<string>();

/**
 * The table index of a uop the uop interpreter has a case for: asking for
 * it is what counts the uop as interpreted (`INTERPRETED_UOPS`).
 */
export function uopId(name: string): number {
  const n = ID.get(name);
  if (n === undefined) throw new Error(`Cannot find uop ${name} in jit/uops.ts`);
  interpreted.add(name);
  return n;
}

/** The uops `UopExecutor` runs (those given an id by `uopId`); a trace with any other is refused. */
export const INTERPRETED_UOPS: ReadonlySet<string> = interpreted;

/** A trace's ops as parallel arrays, indexed by op. */
export interface DecodedTrace {
  /** The uop's table index (`uopId`). */
  readonly ids: Int32Array;
  readonly opargs: Int32Array;
  readonly operands: unknown[];
  /** The instruction tier 1 resumes at, and the stack depth there, if the op exits. */
  readonly pcs: Int32Array;
  readonly sps: Int32Array;
  /** Where `_JUMP_TO_TOP` goes on. */
  readonly targets: Int32Array;
  /** The slots whose entry type the optimizer may have relied on, and those types. */
  readonly typedSlots: number[];
  readonly slotTypes: SlotType[];
}

/** Decodes `trace` for the uop interpreter; throws if it has a uop without a case. */
export function decodeTrace(trace: Trace): DecodedTrace {
  const n = trace.ops.length;
  const d: DecodedTrace = {
    ids: new Int32Array(n),
    opargs: new Int32Array(n),
    operands: new Array(n),
    pcs: new Int32Array(n),
    sps: new Int32Array(n),
    targets: new Int32Array(n),
    typedSlots: [],
    slotTypes: [],
  };
  trace.entryTypes.forEach((t, slot) => {
    if (t !== "object") {
      d.typedSlots.push(slot);
      d.slotTypes.push(t);
    }
  });
  for (let i = 0; i < n; i++) {
    const op = trace.ops[i];
    if (!INTERPRETED_UOPS.has(op.uop)) {
      throw new Error(`Cannot interpret uop ${op.uop}: the uop interpreter has no case for it`);
    }
    d.ids[i] = uopId(op.uop);
    d.opargs[i] = op.oparg;
    d.operands[i] = op.operand;
    d.pcs[i] = op.pc;
    d.sps[i] = op.sp;
    d.targets[i] = op.target;
  }
  return d;
}

/**
 * Whether `frame` may enter the trace: no dependency's keys changed (values
 * are read live by the uops, so only a change of keys invalidates), and every
 * typed slot holds its entry type (the optimizer dropped the guards those
 * types prove, `jit/optimizer.ts` requirement 2).
 */
export function entryHolds(trace: Trace, d: DecodedTrace, frame: Frame): boolean {
  const deps = trace.dependencies;
  for (let k = 0; k < deps.length; k++) {
    const dep = deps[k];
    if (dep.kind === "dict_entry" && dep.table.keysTag !== dep.tag) return false;
  }
  const typed = d.typedSlots;
  for (let k = 0; k < typed.length; k++) {
    if (slotType(frame.fast[typed[k]]) !== d.slotTypes[k]) return false;
  }
  return true;
}
