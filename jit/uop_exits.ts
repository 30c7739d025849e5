/**
 * How the uop interpreter (`jit/uop_interp.ts`) leaves a trace at an exit:
 * the frame is set as tier 1 would have it at the exit's instruction, the
 * exit's side trace (`jit/side_traces.ts`) runs if it has one, and otherwise
 * the exit is counted for `--stats` under a label made when first taken.
 *
 * @module
 */
import type { Frame } from "../vm/frame.ts";
import type { Vm } from "../vm/vm.ts";
import type { Tier2Stats } from "./stats.ts";
import type { Trace } from "./trace_ir.ts";
import type { DecodedTrace } from "./uop_decode.ts";

/**
 * The side traces of an executor's exits, told of each exit taken: 0, leave
 * to tier 1; 1, go on from the top (a side trace ran and linked back); 2,
 * return (a side trace ran and left, or this side trace linked and its
 * parent goes on).
 */
export interface SideExits {
  exit(vm: Vm, frame: Frame, i: number): 0 | 1 | 2;
}

/** The `--stats` labels of a trace's exits, made when first taken. */
export class ExitLabels {
  readonly #trace: Trace;
  readonly #labels: (string | undefined)[];

  constructor(trace: Trace) {
    this.#trace = trace;
    this.#labels = new Array(trace.ops.length).fill(undefined);
  }

  /** The label of op `i`'s exit, at instruction `pc` of `frame`'s code. */
  of(frame: Frame, pc: number, i: number): string {
    let label = this.#labels[i];
    if (label === undefined) {
      const code = frame.code;
      label = `${code.co_qualname}:${code.co_positions[4 * pc]} @${pc} ${this.#trace.ops[i].uop}`;
      this.#labels[i] = label;
    }
    return label;
  }
}

/**
 * Leaves the trace at op `i`: tier 1 resumes at the op's instruction, with
 * the stack as it was there. Returns the frame tier 1 goes on in, or null
 * when a side trace ran and linked back, so the trace goes on from its top
 * with `frame.sp` as its stack depth.
 */
export function takeExit(
  vm: Vm,
  frame: Frame,
  i: number,
  d: DecodedTrace,
  side: SideExits | null,
  stats: Tier2Stats | null,
  labels: ExitLabels,
): Frame | null {
  frame.pc = d.pcs[i];
  frame.sp = d.sps[i];
  if (side !== null) {
    // A side trace of this exit runs on the same frame without tier 1.
    const next = side.exit(vm, frame, i);
    if (next === 1) return null;
    // The side trace may have left inside a call it inlined: tier 1 goes on in that frame.
    if (next === 2) return vm.frame ?? frame;
  }
  if (stats !== null) stats.exit(labels.of(frame, d.pcs[i], i));
  return frame;
}
