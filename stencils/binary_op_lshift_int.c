/*
 * _BINARY_OP_LSHIFT_INT: Python's <<. A negative count exits (ValueError in
 * tier 1); so does any shift that loses bits or flips the sign, because the
 * result then needs a big int. Zero shifted by any count is zero.
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  int64_t s = r & 63;
  int64_t res = (int64_t)((uint64_t)l << s);
  /* Shifting back recovers l exactly when nothing was lost (always so for
     l == 0); counts of 64 or more keep only a zero operand. Bitwise
     operators keep the test free of branches. */
  int exact = ((res >> s) == l) & (r >= 0) & ((r < 64) | (l == 0));
  if (exact) {
    BINARY(res);
  }
  EXIT();
}
