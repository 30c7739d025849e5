/**
 * The TypeScript semantics of every native uop, on the same slot array the
 * stencils see (`jit/stencil_types.ts`, "native calling convention"). They
 * are the reference the native code is tested against, input by input,
 * exits included (`jit/native_uops_test.ts`), and they run traces where no
 * native code can.
 *
 * Requirements (read before adding a body):
 * 1. A body reads and writes only `state` (its slots and `sp`) and returns
 *    what the stencil would do next: CONTINUE, EXIT or JUMP.
 * 2. A body that returns EXIT has changed nothing (`stencils/jit.h`, rule 3).
 * 3. Ints are int64 (`state.i64`, BigInt), floats are the same slots seen
 *    as doubles (`state.f64`), bools are 0n or 1n.
 *
 * @module
 */
import { INT_BODIES } from "./native_uops_int.ts";
import { FLOAT_BODIES } from "./native_uops_float.ts";
import { SEQ_BODIES } from "./native_uops_list.ts";
import { CONTINUE, EXIT, type NativeBody, type NativeState } from "./native_state.ts";
import { OPERAND_VARIANTS } from "./uops.ts";

export {
  CONTINUE,
  EXIT,
  JUMP,
  type NativeBody,
  type NativeMemory,
  type NativeState,
  type Outcome,
} from "./native_state.ts";

const BASE_BODIES: Readonly<Record<string, NativeBody>> = {
  ...INT_BODIES,
  ...FLOAT_BODIES,
  ...SEQ_BODIES,
};

/**
 * A `_CONST` variant's body: its base's, with operand1 pushed as the right
 * operand for the call and its slot put back after.
 */
function constOperand(base: NativeBody): NativeBody {
  return (state, oparg, operand0, operand1) => {
    const { sp } = state;
    const saved = state.i64[sp];
    state.i64[sp] = operand1;
    state.sp = sp + 1;
    const outcome = base(state, oparg, operand0, 0n);
    // The variant never has a slot for the constant: whatever the base left there goes, and
    // a plain exit leaves the left operand on top.
    state.i64[sp] = saved;
    state.sp = Math.min(state.sp, sp);
    return outcome;
  };
}

/**
 * A `_FAST` variant's body: its base's, with the local in slot operand1
 * pushed as the right operand. A plain exit keeps it pushed, as the
 * stencil does (stencils/jit.h); otherwise its slot is put back.
 */
function fastOperand(base: NativeBody): NativeBody {
  return (state, oparg, operand0, operand1) => {
    const { sp } = state;
    const saved = state.i64[sp];
    state.i64[sp] = state.i64[Number(operand1)];
    state.sp = sp + 1;
    const outcome = base(state, oparg, operand0, 0n);
    if (outcome !== EXIT || state.sp !== sp + 1) state.i64[sp] = saved;
    return outcome;
  };
}

/**
 * A `_LOCALS` variant's body: its base's, with the locals in the slots
 * operand1 packs pushed as its operands. A plain exit keeps them pushed, as
 * the stencil does (stencils/jit.h); the slots above the stack it leaves are
 * put back.
 */
function localOperands(base: NativeBody): NativeBody {
  return (state, oparg, operand0, operand1) => {
    const { sp } = state;
    const saved = state.i64.slice(sp, sp + 2);
    state.i64[sp] = state.i64[Number(operand1 >> 32n)];
    state.i64[sp + 1] = state.i64[Number(operand1 & 0xffffffffn)];
    state.sp = sp + 2;
    const outcome = base(state, oparg, operand0, 0n);
    for (let k = Math.max(state.sp, sp); k < sp + 2; k++) state.i64[k] = saved[k - sp];
    return outcome;
  };
}

/**
 * The body of a variant that stores its base's result to a local: the
 * operands `operands` reads pushed for the base, the result then stored to
 * slot `target`. A plain exit keeps the operands pushed, as the stencil does
 * (stencils/jit.h); the slots above the stack it leaves are put back.
 */
function storedResult(
  operands: (state: NativeState, oparg: number, operand1: bigint) => [bigint, bigint],
  target: (oparg: number) => number,
): (base: NativeBody) => NativeBody {
  return (base) => (state, oparg, operand0, operand1) => {
    const { sp } = state;
    const saved = state.i64.slice(sp, sp + 2);
    state.i64.set(operands(state, oparg, operand1), sp);
    state.sp = sp + 2;
    const outcome = base(state, 0, operand0, 0n);
    if (outcome === CONTINUE) {
      state.i64[target(oparg)] = state.i64[sp];
      state.sp = sp;
    }
    for (let k = Math.max(state.sp, sp); k < sp + 2; k++) state.i64[k] = saved[k - sp];
    return outcome;
  };
}

const TWO32 = 2 ** 32;

/**
 * A `_KEEP` variant's body: `_COPY 2` twice, then its base's. An exit keeps
 * the copies, as the stencil makes them (stencils/jit.h).
 */
function keepOperands(base: NativeBody): NativeBody {
  return (state, oparg, operand0, operand1) => {
    const { sp } = state;
    state.i64[sp] = state.i64[sp - 2];
    state.i64[sp + 1] = state.i64[sp - 1];
    state.sp = sp + 2;
    return base(state, oparg, operand0, operand1);
  };
}

/**
 * A `_ROT` variant's body: `_SWAP 3; _SWAP 2`, then its base's. An exit
 * keeps the swaps, as the stencil makes them; a store leaves the popped
 * slots as they were, as the stencil does.
 */
function rotOperands(base: NativeBody): NativeBody {
  return (state, oparg, operand0, operand1) => {
    const { sp } = state;
    const [list, index, value] = state.i64.slice(sp - 3, sp);
    state.i64.set([value, list, index], sp - 3);
    const outcome = base(state, oparg, operand0, operand1);
    if (outcome !== EXIT) state.i64.set([list, index, value], sp - 3);
    return outcome;
  };
}

const VARIANT_BODIES = {
  CONST: constOperand,
  FAST: fastOperand,
  LOCALS: localOperands,
  LOCALS_STORE: storedResult(
    (state, _oparg, operand1) => [
      state.i64[Number(operand1 >> 32n)],
      state.i64[Number(operand1 & 0xffffffffn)],
    ],
    (oparg) => oparg,
  ),
  LOCAL_CONST_STORE: storedResult(
    (state, oparg, operand1) => [state.i64[Math.floor(oparg / TWO32)], operand1],
    (oparg) => oparg % TWO32,
  ),
  KEEP: keepOperands,
  ROT: rotOperands,
};

/** Every native uop's body, by uop name. */
export const NATIVE_BODIES: Readonly<Record<string, NativeBody>> = {
  ...BASE_BODIES,
  ...Object.fromEntries(
    [...OPERAND_VARIANTS].map((
      [name, { base, kind }],
    ) => [name, VARIANT_BODIES[kind](BASE_BODIES[base])]),
  ),
};
