/*
 * The shim: a trace's entry, called with the C ABI by the trampoline's
 * `jit_call`. It calls the first uop with the stack pointer at
 * `frame + oparg` (the trace's stack base plus its entry depth). The call
 * is not a tail call because the conventions differ: clang saves the
 * callee-saved registers that `preserve_none` uops may clobber.
 */
#include "jit.h"

int64_t _JIT_ENTRY(int64_t *frame) {
  /* The entry depth is at least one: every loop frame has a local. */
  int64_t *sp = frame + OPARG;
  return _JIT_CONTINUE(frame, sp, sp[-1]);
}
