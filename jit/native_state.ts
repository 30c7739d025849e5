/**
 * What native uop bodies work on and return (`jit/native_uops.ts`): one
 * slot array under two views, and the stack pointer.
 *
 * @module
 */

/** The state a uop body works on: one slot array under two views, and the stack pointer. */
export interface NativeState {
  /** The slots as int64. */
  i64: BigInt64Array;
  /** The same slots as doubles. */
  f64: Float64Array;
  /** Index of the first free stack slot. */
  sp: number;
  /** Memory outside the slots that list uops read and write, by address. */
  memory?: NativeMemory;
}

/** Buffers seen at their native addresses (a list's header and items). */
export interface NativeMemory {
  /** The buffer that starts at `address`; throws for any other address. */
  view(address: bigint): DataView;
}

/** What a uop does next. */
export const CONTINUE = 0, EXIT = 1, JUMP = 2;
/** One of CONTINUE, EXIT, JUMP. */
export type Outcome = typeof CONTINUE | typeof EXIT | typeof JUMP;

/** A uop's semantics: `operand0` and `operand1` are the 64-bit operands as signed BigInts. */
export type NativeBody = (
  state: NativeState,
  oparg: number,
  operand0: bigint,
  operand1: bigint,
) => Outcome;
