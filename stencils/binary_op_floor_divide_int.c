/*
 * _BINARY_OP_FLOOR_DIVIDE_INT: Python's //, rounding toward minus infinity.
 * A zero divisor exits (tier 1 raises ZeroDivisionError), and so does
 * INT64_MIN // -1, whose quotient 2**63 needs a big int (and would trap in
 * the hardware divide on x86-64).
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  if (r == 0 || (l == INT64_MIN_ && r == -1)) {
    EXIT();
  }
  int64_t q = l / r;
  int64_t m = l - q * r;
  /* C truncates toward zero: a nonzero remainder whose sign differs from
     the divisor's means the true quotient lies one below. */
  q -= (m != 0) & ((m ^ r) < 0);
  BINARY(q);
}
