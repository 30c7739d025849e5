/**
 * Tier 2's controller: what happens when a loop gets hot. It projects a
 * trace from the loop head (`jit/trace.ts`), optimizes it
 * (`jit/optimizer.ts`), and makes an executor of it: the uop interpreter's
 * in `uops` mode, native code in `jit` mode. The executor replaces the
 * JUMP_BACKWARD as ENTER_EXECUTOR; a loop that cannot be traced backs its
 * counter off exponentially from the threshold (`loopBackedOff`); an
 * invalidated one retries sooner.
 *
 * @module
 */
import type { Frame } from "../vm/frame.ts";
import { Op } from "../vm/opcodes.ts";
import { backedOff, loopBackedOff } from "../vm/specialize.ts";
import type { Executor, Tier2 } from "../vm/tier2.ts";
import type { Vm } from "../vm/vm.ts";
import type { NativeBackend } from "../ffi/native_backend.ts";
import { projectTrace } from "./trace.ts";
import { optimize } from "./optimizer.ts";
import { UopExecutor } from "./uop_interp.ts";
import { compileNative } from "./native_executor.ts";
import { attachSides, SIDE_THRESHOLD } from "./side_traces.ts";
import type { Reason } from "./reasons.ts";
import { isRejection, type Rejection, type TraceExecutor } from "./trace_ir.ts";
import type { Tier2Stats } from "./stats.ts";
import type { ShownTrace } from "./dump.ts";

/**
 * Loop iterations (backward jumps) before a trace is projected. CPython 3.14
 * waits 4095; tier 1 here runs about three times slower than CPython's, and
 * the first thousands of iterations run while V8 still warms tier 1 up, so
 * waiting less pays: PyPy's 1039 is the model. Measured on the list programs
 * in `bench/` (fannkuch 0.89 s to 0.70 s, mandelbrot 0.66 s to 0.54 s); at
 * 63 an inner loop gets hot before the loop around its call and is traced
 * alone. `--stress` makes it 0.
 */
export const JIT_THRESHOLD = 1023;

/** What a controller is told when it is made. */
export interface Tier2Options {
  mode: "uops" | "jit";
  /** The native backend in `jit` mode (available). */
  backend: NativeBackend | null;
  stats: Tier2Stats | null;
  /** Receives each installed executor and side trace, for `--jit-dump`. */
  onInstall: ((shown: ShownTrace) => void) | null;
  /** `--stress`: an exit gets its side trace the first time it is taken again. */
  stress?: boolean;
  /** Exits taken before a side trace is made (`jit/side_traces.ts`); 0 makes none. */
  sideThreshold?: number;
}

/** Tier 2 for one Vm. */
export class Tier2Controller implements Tier2 {
  readonly #options: Tier2Options;

  constructor(options: Tier2Options) {
    this.#options = options;
  }

  hot(_vm: Vm, frame: Frame, instr: number): void {
    const { mode, backend, stats, onInstall } = this.#options;
    const code = frame.code;
    const units = code.co_code;
    if (stats !== null) stats.projected++;
    // Native code reads lists through their native storage: only it may type them by it.
    const projected = projectTrace(frame, instr, undefined, undefined, mode === "jit");
    if (isRejection(projected)) return this.#backOff(units, instr, projected.reason as Reason);
    const trace = optimize(projected);
    const jumpArg = units[instr] >>> 8;
    const made: TraceExecutor | Rejection = mode === "uops"
      ? new UopExecutor(trace, jumpArg, stats)
      : compileNative(trace, jumpArg, backend!, stats);
    if (isRejection(made)) return this.#backOff(units, instr, made.reason as Reason);
    // compileNative counts its own (with bytes and time); an interpreted trace is ready as is.
    if (mode === "uops" && stats !== null) stats.compiled++;
    const index = code.executors.push(made) - 1;
    units[instr] = Op.ENTER_EXECUTOR | (index << 8);
    const threshold = this.#options.sideThreshold ??
      (this.#options.stress ? 1 : SIDE_THRESHOLD);
    if (threshold > 0) attachSides(made, { backend, stats, threshold, onInstall });
    onInstall?.(made);
  }

  run(vm: Vm, frame: Frame, executor: Executor): Frame {
    return (executor as TraceExecutor).run(vm, frame);
  }

  restored(frame: Frame, instr: number, executor: Executor): void {
    (executor as TraceExecutor).free();
    const units = frame.code.co_code;
    // Invalidated (a dependency changed, or entries kept being refused): the loop may trace
    // well again soon, once its values settle, so it retries after tier 1's short backoff.
    // A retired one ran too little per entry to pay: it waits longer than a failed projection.
    units[instr + 1] = executor.retired
      ? loopBackedOff(units[instr + 1], this.#options.stress, true)
      : backedOff(units[instr + 1]);
    if (this.#options.stats !== null) this.#options.stats.invalidated++;
  }

  #backOff(units: Uint32Array, instr: number, reason: Reason): void {
    units[instr + 1] = loopBackedOff(units[instr + 1], this.#options.stress);
    this.#options.stats?.reject(reason);
  }
}
