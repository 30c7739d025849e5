/**
 * The rows of the uop table (`jit/uops.ts`) for calls inlined into a trace
 * (`jit/inline.ts`, CPython 3.13's `_PUSH_FRAME` ... `_POP_FRAME`). Native
 * code has no stencil for them: native lowering turns them into moves
 * between the caller's stack and the callee's slot region.
 *
 * @module
 */
import type { UopInfo } from "./uops.ts";

const BC = "CPython 3.14 bytecodes.c: ";
const NATIVE = "lowered to slot moves (jit/lower_native.ts)";

/** The frame uops, in a fixed order (ORDER UOP, after the boxed ones). */
export const FRAME_UOPS: readonly UopInfo[] = [
  {
    name: "_CHECK_FUNCTION_VERSION",
    stack: "(callable, self_or_null, args[oparg] -- callable, self_or_null, args[oparg])",
    exit: "guard",
    ref: BC + "_CHECK_FUNCTION_VERSION",
    native: NATIVE,
    doc:
      "exits unless the callable is the inlined function, still running its code, with the self-or-NULL the trace saw and the defaults it pushes after the arguments (also _CHECK_FUNCTION_EXACT_ARGS: the argument count is the code's)",
    oparg: "argument count",
    operand0: "the InlinedFrame",
  },
  {
    name: "_PUSH_FRAME",
    stack: "(callable, self_or_null, args[oparg] --)",
    exit: "none",
    ref: BC + "_PUSH_FRAME",
    native: NATIVE,
    doc:
      "make the callee's frame with the arguments, then any defaults the call left out, as its first locals (_INIT_CALL_PY_EXACT_ARGS), suspend the caller after the CALL, continue in the callee",
    oparg: "argument count",
    operand0: "the InlinedFrame",
  },
  {
    name: "_POP_FRAME",
    stack: "(retval --)",
    exit: "none",
    ref: BC + "_POP_FRAME",
    native: NATIVE,
    doc: "return retval to the caller's stack (where the callable was) and continue in the caller",
    operand0: "the InlinedFrame",
  },
];
