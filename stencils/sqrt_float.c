/*
 * math.sqrt: Python raises ValueError below zero (-inf included), so those
 * exit. -0.0 gives -0.0 and NaN gives NaN, as IEEE sqrt does. The build's
 * -fno-math-errno lets __builtin_sqrt become one instruction (sqrtsd,
 * fsqrt), with no libm call.
 */
#include "jit.h"

UOP {
  double x = AS_DOUBLE(tos);
  if (x < 0.0) {
    EXIT();
  }
  CONTINUE(sp, AS_BITS(__builtin_sqrt(x)));
}
