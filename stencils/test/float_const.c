/*
 * Golden: float constants the compiler keeps in read-only data on x86-64
 * (PC-relative references into the stencil's data).
 */
#include "jit.h"

UOP {
  sp[-1] = AS_BITS(AS_DOUBLE(sp[-1]) * 0.1 + 1e300);
  CONTINUE(sp);
}
