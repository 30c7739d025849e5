/* _UNARY_INVERT_INT: ~x, which is -x - 1 and never overflows. */
#include "jit.h"

UOP {
  sp[-1] = ~sp[-1];
  CONTINUE(sp);
}
