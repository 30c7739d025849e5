/*
 * float(int) on the oparg-th item (1 is the top): int64 to the nearest
 * double, ties to even, which is C's conversion in the default rounding
 * mode and what Python's float(int) does.
 */
#include "jit.h"

UOP {
  /* Flushed, the whole stack is in memory; the top is reloaded after. */
  sp[-1] = tos;
  int64_t *slot = sp - OPARG;
  *slot = AS_BITS((double)*slot);
  CONTINUE(sp, sp[-1]);
}
