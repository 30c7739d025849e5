/*
 * _EXIT_TRACE: the exit stub. Operand1, when not zero, is the exit's link
 * cell: four words, the code of the trace that goes on from here (zero
 * until there is one), a count of transfers, and the stack depth that
 * trace starts at. A linked exit jumps straight into that trace on the same
 * frame (a tail call: the native stack never grows). An unlinked one is a
 * plain return to the shim, which hands the exit id (operand0) back to
 * TypeScript.
 */
#include "jit.h"

UOP {
  /* The stack goes back to memory whole, as tier 1 and the next trace read it. */
  sp[-1] = tos;
  int64_t *cell = (int64_t *)(uintptr_t)OPERAND1;
  /* A hole's address is never null to the compiler: hide it, or the test goes. */
  __asm__("" : "+r"(cell));
  if (cell != 0) {
    uop_fn *next = (uop_fn *)(uintptr_t)cell[0];
    if (next != 0) {
      cell[1]++;
      int64_t *top = frame + cell[2];
      __attribute__((musttail)) return next(frame, top, top[-1]);
    }
  }
  return OPERAND0;
}
