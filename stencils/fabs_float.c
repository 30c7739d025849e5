/* math.fabs: clears the sign bit (NaN included), on the bits. */
#include "jit.h"

UOP {
  CONTINUE(sp, tos & INT64_MAX_);
}
