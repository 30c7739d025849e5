/*
 * _BINARY_OP_MODULO_INT: Python's %, the result taking the divisor's sign.
 * A zero divisor exits (ZeroDivisionError in tier 1).
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  if (r == 0) {
    EXIT();
  }
  /* x % -1 and x % 1 are both 0, and C's INT64_MIN % -1 is undefined (the
     x86-64 divide traps): dividing by 1 instead sidesteps it without a
     branch. */
  int64_t d = r == -1 ? 1 : r;
  int64_t m = l % d;
  if (m != 0 && (m ^ r) < 0) {
    m += r;
  }
  BINARY(m);
}
