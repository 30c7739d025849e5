/*
 * float //: CPython's float_floor_div, the floor of the exact quotient as
 * _float_div_mod computes it (FLOAT_DIVMOD in jit.h). Python raises
 * ZeroDivisionError for a divisor of 0.0 or -0.0; tier 1 raises it.
 */
#include "jit.h"

UOP {
  double left = AS_DOUBLE(LEFT), right = AS_DOUBLE(RIGHT);
  if (right == 0.0) {
    EXIT();
  }
  double div, mod;
  FLOAT_DIVMOD(left, right, &div, &mod);
  BINARY(AS_BITS(div));
}
