/* float +: IEEE double addition. */
#include "jit.h"

UOP {
  double left = AS_DOUBLE(sp[-2]), right = AS_DOUBLE(sp[-1]);
  sp[-2] = AS_BITS(left + right);
  CONTINUE(sp - 1);
}
