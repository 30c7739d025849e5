/**
 * What the interpreter loop needs from tier 2, and nothing more: the loop
 * counts each JUMP_BACKWARD down, hands a hot one to `Tier2.hot`, and runs
 * installed executors at ENTER_EXECUTOR. Tier 2 itself (projection, the uop
 * interpreter, the native JIT) lives in `jit/` and is plugged in by its
 * modes (`jit/modes.ts`); `vm/` never imports `jit/`.
 *
 * @module
 */
import type { Frame } from "./frame.ts";
import type { Vm } from "./vm.ts";

/** A compiled loop, installed at its JUMP_BACKWARD as ENTER_EXECUTOR (CPython 3.13). */
export interface Executor {
  /** False once something the trace assumed has changed: ENTER_EXECUTOR then restores the jump. */
  valid: boolean;
  /** The JUMP_BACKWARD's oparg, which ENTER_EXECUTOR's oparg (the executor's index) replaces. */
  readonly jumpArg: number;
  /** Invalid because entering it did not pay: the loop waits long before it is traced again. */
  readonly retired?: boolean;
}

/** Tier 2 as the interpreter loop sees it. */
export interface Tier2 {
  /**
   * A JUMP_BACKWARD at unit `instr` of `frame.code` is hot; `frame.pc` is
   * its loop head and `frame.sp` the stack depth. Installs an executor (the
   * instruction becomes ENTER_EXECUTOR) or backs the counter off.
   */
  hot(vm: Vm, frame: Frame, instr: number): void;
  /**
   * Runs `executor` from the loop head (`frame.pc`, `frame.sp`). Returns the
   * frame tier 1 continues in, with its `pc` and `sp` set. On an exception it
   * sets `frame.lasti` and `frame.sp` to where it was raised and rethrows.
   */
  run(vm: Vm, frame: Frame, executor: Executor): Frame;
  /** ENTER_EXECUTOR found `executor` invalid and restored the JUMP_BACKWARD at `instr`. */
  restored(frame: Frame, instr: number, executor: Executor): void;
}
