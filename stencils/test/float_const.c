/*
 * Golden: float constants the compiler keeps in read-only data on x86-64
 * (PC-relative references into the stencil's data).
 */
#include "jit.h"

UOP {
  CONTINUE(sp, AS_BITS(AS_DOUBLE(tos) * 0.1 + 1e300));
}
