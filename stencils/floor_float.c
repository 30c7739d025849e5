/*
 * math.floor of a float, to an int64. Python raises on NaN and infinities
 * and returns a big int beyond int64: all of those exit. libm's floor is a
 * call (and x86-64's baseline has no roundsd), so it is built from the
 * truncating conversion: exact on [-2^63, 2^63), where every result fits.
 * Truncation rounds a negative non-integer up, hence the correction; it
 * cannot overflow, since -2^63 is the only double truncating to INT64_MIN.
 */
#include "jit.h"

UOP {
  double x = AS_DOUBLE(tos);
  /* Written so NaN fails it. */
  if (!(x >= -0x1p63 && x < 0x1p63)) {
    EXIT();
  }
  int64_t t = (int64_t)x;
  CONTINUE(sp, t - ((double)t > x));
}
