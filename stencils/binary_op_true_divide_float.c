/*
 * float /: IEEE double division, except that Python raises
 * ZeroDivisionError for a divisor of 0.0 or -0.0 where IEEE would give an
 * infinity or NaN; tier 1 raises it.
 */
#include "jit.h"

UOP {
  double left = AS_DOUBLE(LEFT), right = AS_DOUBLE(RIGHT);
  if (right == 0.0) {
    EXIT();
  }
  BINARY(AS_BITS(left / right));
}
