/* float +: IEEE double addition. */
#include "jit.h"

UOP {
  double left = AS_DOUBLE(NOS), right = AS_DOUBLE(tos);
  CONTINUE(sp - 1, AS_BITS(left + right));
}
