/*
 * float comparison to a bool. The comparison's index, 0 to 3 for CMP_LT,
 * CMP_EQ, CMP_GT and CMP_UNORDERED (either side NaN), selects the mask
 * bit of the same weight (`jit/uops.ts`, COMPARE_MASKS): no branch.
 */
#include "jit.h"

UOP {
  double l = AS_DOUBLE(LEFT), r = AS_DOUBLE(RIGHT);
  int64_t idx = (int64_t)!(l < r) + (int64_t)!(l <= r) + (int64_t)__builtin_isunordered(l, r);
  BINARY((OPARG >> idx) & 1);
}
