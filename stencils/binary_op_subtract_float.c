/* float -: IEEE double subtraction. */
#include "jit.h"

UOP {
  double left = AS_DOUBLE(LEFT), right = AS_DOUBLE(RIGHT);
  BINARY(AS_BITS(left - right));
}
