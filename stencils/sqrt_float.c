/*
 * math.sqrt: Python raises ValueError below zero (-inf included), so those
 * exit. -0.0 gives -0.0 and NaN gives NaN, as IEEE sqrt does. The build's
 * -fno-math-errno lets __builtin_sqrt become one instruction (sqrtsd,
 * fsqrt), with no libm call.
 */
#include "jit.h"

UOP {
  double x = AS_DOUBLE(sp[-1]);
  if (x < 0.0) {
    EXIT();
  }
  sp[-1] = AS_BITS(__builtin_sqrt(x));
  CONTINUE(sp);
}
