/*
 * int compared with float, exactly, as CPython's float_richcompare: never
 * by rounding the int to a double (2**53 + 1 > 9007199254740992.0). The
 * comparison's index, 0 to 3 for CMP_LT, CMP_EQ, CMP_GT and CMP_UNORDERED
 * (NaN), selects the mask bit of the same weight (`jit/uops.ts`,
 * COMPARE_MASKS).
 *
 * A double at or beyond +-2^63 (infinities too) lies beyond every int64
 * but -2^63 itself, so its sign decides. Any other double's integer part
 * converts to int64 exactly, and its fractional part only matters when the
 * int equals the integer part. ORDER EXACT COMPARE: compare_op_float_int.c
 * mirrors this.
 */
#include "jit.h"

UOP {
  int64_t left = NOS;
  double right = AS_DOUBLE(tos);
  int64_t idx;
  if (right != right) {
    idx = 3;
  } else if (right >= 0x1p63) {
    idx = 0;
  } else if (right < -0x1p63) {
    idx = 2;
  } else {
    int64_t whole = (int64_t)right;
    if (left != whole) {
      idx = left < whole ? 0 : 2;
    } else {
      double exact = (double)whole;
      idx = right > exact ? 0 : right < exact ? 2 : 1;
    }
  }
  CONTINUE(sp - 1, (OPARG >> idx) & 1);
}
