/*
 * _COMPARE_OP_FLOAT_GUARD: _COMPARE_OP_FLOAT and the branch guard after it
 * in one stencil (see compare_op_int_guard.c); the unordered outcome (NaN)
 * has its own bit in the mask.
 */
#include "jit.h"

UOP {
  double l = AS_DOUBLE(LEFT), r = AS_DOUBLE(RIGHT);
  int64_t idx = (int64_t)!(l < r) + (int64_t)!(l <= r) + (int64_t)__builtin_isunordered(l, r);
  if ((OPARG >> idx) & 1) {
    BRANCH_POP();
  }
  BRANCH_EXIT(OPERAND0);
}
