/*
 * _BINARY_OP_RSHIFT_INT: Python's >>, an arithmetic shift. A negative count
 * exits (ValueError in tier 1); counts of 64 or more leave only the sign,
 * which shifting by 63 gives too (C leaves counts past 63 undefined).
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  if (r >= 0) {
    int64_t s = r > 63 ? 63 : r;
    BINARY(l >> s);
  }
  EXIT();
}
