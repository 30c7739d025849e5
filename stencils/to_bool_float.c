/* Truth of a float: nonzero, so NaN is true and -0.0 is false. */
#include "jit.h"

UOP {
  sp[-1] = AS_DOUBLE(sp[-1]) != 0.0;
  CONTINUE(sp);
}
