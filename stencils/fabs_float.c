/* math.fabs: clears the sign bit (NaN included), on the bits. */
#include "jit.h"

UOP {
  sp[-1] &= INT64_MAX_;
  CONTINUE(sp);
}
