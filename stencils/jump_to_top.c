/*
 * _JUMP_TO_TOP: a tail call back to the trace's first stencil, so loops
 * never grow the native stack. Operand0, when not zero, is the address of
 * the loop's iteration count, which the executor reads to judge whether
 * entering native code pays.
 */
#include "jit.h"

UOP {
  int64_t *count = (int64_t *)(uintptr_t)OPERAND0;
  /* A hole's address is never null to the compiler: hide it, or the test goes. */
  __asm__("" : "+r"(count));
  if (count != 0) {
    (*count)++;
  }
  JUMP(sp, tos);
}
