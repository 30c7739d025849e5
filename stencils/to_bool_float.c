/* Truth of a float: nonzero, so NaN is true and -0.0 is false. */
#include "jit.h"

UOP {
  CONTINUE(sp, AS_DOUBLE(tos) != 0.0);
}
