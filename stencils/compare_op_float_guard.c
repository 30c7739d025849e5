/*
 * _COMPARE_OP_FLOAT_GUARD: _COMPARE_OP_FLOAT and the branch guard after it
 * in one stencil (see compare_op_int_guard.c); the unordered outcome (NaN)
 * has its own bit in the mask.
 */
#include "jit.h"

UOP {
  double l = AS_DOUBLE(NOS), r = AS_DOUBLE(tos);
  int64_t idx = (int64_t)!(l < r) + (int64_t)!(l <= r) + (int64_t)__builtin_isunordered(l, r);
  if ((OPARG >> idx) & 1) {
    CONTINUE(sp - 2, sp[-3]);
  }
  __attribute__((musttail)) return _JIT_EXIT(frame, sp - 1, OPERAND0);
}
